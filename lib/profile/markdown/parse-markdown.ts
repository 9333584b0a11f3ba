import type { Root } from "mdast";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { remark } from "remark";
import type { ParseContext } from "../context";
import { reparseRawHtml } from "./raw-html";
import { liftLooseTags } from "./loose-tags";
import { removeComments } from "./remove-comments";
import { repairDoubleParenLinks } from "./repair-links";
import { splitMarkdownFromHtml } from "./split-html-blocks";
import { parseWithoutTemplateCode, type TemplateCode } from "./template-code";

const parser = remark();
// GitHub's pipe tables ("| Title | Venue |" over "|---|---|"), which plain CommonMark reads as text with bars.
const tableParser = remark()
  .data("micromarkExtensions", [gfmTable()])
  .data("fromMarkdownExtensions", [gfmTableFromMarkdown()]);

// A table has a delimiter row ("|---|:--:|", "--- | ---"); a body without one is parsed without the table
// construct, whose tries at every line would otherwise cost every profile parse time.
const DELIMITER_ROW = /^[ \t]*(?:>[ \t]*)*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$/m;

/** One warning a line, quoting the line's first piece of template code. */
function warnTemplateCode(removed: TemplateCode[], context: ParseContext): void {
  const byLine = new Map<number, TemplateCode[]>();
  for (const piece of removed) {
    if (piece.kind === "template") byLine.set(piece.line, [...(byLine.get(piece.line) ?? []), piece]);
  }
  for (const [line, [first, ...others]] of byLine) {
    const code = first?.code ?? "";
    const shown = code.length > 60 ? `${code.slice(0, 57)}…` : code;
    const more = others.length ? ` (and ${others.length} more)` : "";
    context.warn(
      context.bodyLine(line),
      `template code "${shown}"${more} is not shown: this site does not run Jekyll, Liquid or Hugo templates; write out the text it stands for`,
    );
  }
}

/** One warning for all of a page's div fences: they are layout, and every word inside them is still shown. */
function warnDivFences(removed: TemplateCode[], context: ParseContext): void {
  const [first, ...others] = removed.filter((piece) => piece.kind === "div fence");
  if (!first) return;
  const more = others.length ? ` and ${others.length} more` : "";
  context.warn(
    context.bodyLine(first.line),
    `div fences ("${first.code}"${more}, Quarto, Pandoc or Docusaurus) are not shown: the text inside them reads as ordinary paragraphs`,
  );
}

/**
 * The body as a syntax tree with template code and private comments gone, raw
 * HTML read as a browser would and sanitized, and slipped links repaired.
 */
export function parseMarkdown(body: string, context: ParseContext): Root {
  const parse = (markdown: string) => (DELIMITER_ROW.test(markdown) ? tableParser : parser).parse(markdown);
  const { tree: parsed, markdown, removed } = parseWithoutTemplateCode(body, parse);
  warnTemplateCode(removed, context);
  warnDivFences(removed, context);
  const hasRawHtml = removeComments(parsed);
  if (hasRawHtml) splitMarkdownFromHtml(parsed, parse);
  const hasLooseTags = liftLooseTags(parsed, markdown);
  const tree = hasRawHtml || hasLooseTags ? reparseRawHtml(parsed, markdown, context) : parsed;
  for (const repair of repairDoubleParenLinks(tree)) {
    context.warn(
      repair.line === null ? null : context.bodyLine(repair.line),
      `link destination "${repair.from}" has doubled parentheses; read as "${repair.to}"`,
    );
  }
  return tree;
}
