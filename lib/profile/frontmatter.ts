import matter from "gray-matter";
import { ProfileError } from "./errors";
import { frontMatterLines, type FrontMatterPath } from "./front-matter-lines";
import type { FrontMatterValue } from "./model";

export interface FrontMatter {
  data: Record<string, FrontMatterValue>;
  body: string;
  /** Lines of the file before the body, to turn body lines into file lines. */
  bodyLineOffset: number;
  /** The file line of a key ("links"), or of a key nested under it (["links", "github"]), for messages. */
  keyLine: (path: FrontMatterPath) => number | null;
}

interface YamlMark {
  line: number;
}

function yamlErrorLine(error: unknown): number | null {
  const mark = (error as { mark?: YamlMark } | null)?.mark;
  // gray-matter hands over the YAML with the newline that ends the opening "---",
  // so the parser's (0-based) line 0 is the file's line 1.
  return typeof mark?.line === "number" ? mark.line + 1 : null;
}

function yamlErrorReason(error: unknown): string {
  const reason = (error as { reason?: unknown } | null)?.reason;
  return typeof reason === "string" ? reason : String(error);
}

/** YAML dates become ISO strings so the profile stays plain, serializable data. */
function toPlain(value: unknown): FrontMatterValue {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

export function readFrontMatter(source: string, file: string): FrontMatter {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would share one mutable result between calls.
    parsed = matter(source, {});
  } catch (error) {
    throw new ProfileError(file, yamlErrorLine(error), `invalid YAML front matter: ${yamlErrorReason(error)}`);
  }
  const data = toPlain(parsed.data);
  const prefix = source.endsWith(parsed.content) ? source.slice(0, source.length - parsed.content.length) : "";
  return {
    data: data !== null && typeof data === "object" && !Array.isArray(data) ? data : {},
    body: parsed.content,
    bodyLineOffset: prefix.split("\n").length - 1,
    keyLine: frontMatterLines(prefix),
  };
}
