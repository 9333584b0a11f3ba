import type { RootContent } from "mdast";
import { toSafeHtml } from "../markdown/render";
import type { OtherSection } from "../model";

/** A section we do not recognise is published as written, in its place. */
export function readOtherSection(heading: string | null, line: number, blocks: RootContent[]): OtherSection {
  return { kind: "other", heading, line, html: toSafeHtml(blocks) };
}
