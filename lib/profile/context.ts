import type { Node } from "mdast";
import type { Diagnostic } from "./model";

/** What every section parser needs besides its own nodes. */
export class ParseContext {
  readonly diagnostics: Diagnostic[] = [];
  /** The site owner, to mark in author lists; found once the body is parsed, before any section is read. */
  ownerName = "";

  constructor(private readonly bodyLineOffset: number) {}

  /** The file line of a node of the body (the body starts after the front matter). */
  lineOf(node: Node | undefined): number {
    return (node?.position?.start.line ?? 1) + this.bodyLineOffset;
  }

  /** The file line of a line number counted within the body. */
  bodyLine(line: number): number {
    return line + this.bodyLineOffset;
  }

  warn(line: number | null, message: string): void {
    this.diagnostics.push({ severity: "warning", message, line });
  }

  error(line: number | null, message: string): void {
    this.diagnostics.push({ severity: "error", message, line });
  }
}
