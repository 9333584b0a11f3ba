import type { RootContent } from "mdast";
import type { ParseContext } from "../context";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { IntroSection } from "../model";

/** Text outside any section the site reads: the bio above the first heading, the words around a research list. */
export function readIntroSection(blocks: RootContent[], context: ParseContext): IntroSection {
  return {
    kind: "intro",
    heading: null,
    line: context.lineOf(blocks[0]),
    html: toSafeHtml(blocks),
    text: toPlainText(blocks),
  };
}
