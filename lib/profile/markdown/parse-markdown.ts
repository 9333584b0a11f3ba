import type { Root } from "mdast";
import { remark } from "remark";
import type { ParseContext } from "../context";
import { rawHtmlToText } from "./raw-html-to-text";
import { removeComments } from "./remove-comments";
import { repairDoubleParenLinks } from "./repair-links";

const parser = remark();

/** The body as a syntax tree with private comments gone, raw HTML reduced to its words and slipped links repaired. */
export function parseMarkdown(body: string, context: ParseContext): Root {
  const tree = parser.parse(body);
  removeComments(tree);
  rawHtmlToText(tree);
  for (const repair of repairDoubleParenLinks(tree)) {
    context.warn(
      repair.line === null ? null : context.bodyLine(repair.line),
      `link destination "${repair.from}" has doubled parentheses; read as "${repair.to}"`,
    );
  }
  return tree;
}
