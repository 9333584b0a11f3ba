import type { RootContent } from "mdast";
import { toSafeHtml } from "../markdown/render";
import type { MarkdownSection } from "../model";

/** A section we do not recognise is published as written, in its place. */
export function readMarkdown(heading: string | null, line: number, blocks: RootContent[]): MarkdownSection {
  return { kind: "markdown", heading, line, html: toSafeHtml(blocks) };
}
