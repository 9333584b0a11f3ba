/**
 * A problem that stops the site from being built at all: the content file is
 * missing, unreadable or its front matter is not YAML. Its message is the one
 * line an author needs, in the `file:line: error: …` form editors understand.
 */
export class ProfileError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    super(`${line === null ? file : `${file}:${line}`}: error: ${reason}`);
    this.name = "ProfileError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
