import type { Root } from "mdast";
import { remark } from "remark";
import type { ParseContext } from "../context";
import { reparseRawHtml } from "./raw-html";
import { removeComments } from "./remove-comments";
import { repairDoubleParenLinks } from "./repair-links";
import { splitMarkdownFromHtml } from "./split-html-blocks";

const parser = remark();

/**
 * The body as a syntax tree with private comments gone, raw HTML read as a
 * browser would and sanitized, and slipped links repaired.
 */
export function parseMarkdown(body: string, context: ParseContext): Root {
  const parsed = parser.parse(body);
  const hasHtml = removeComments(parsed);
  if (hasHtml) splitMarkdownFromHtml(parsed, (markdown) => parser.parse(markdown));
  const tree = hasHtml ? reparseRawHtml(parsed, body, context) : parsed;
  for (const repair of repairDoubleParenLinks(tree)) {
    context.warn(
      repair.line === null ? null : context.bodyLine(repair.line),
      `link destination "${repair.from}" has doubled parentheses; read as "${repair.to}"`,
    );
  }
  return tree;
}
