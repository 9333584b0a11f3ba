import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/**
 * Liquid (`{% include … %}`, `{{ site.author }}`) and Hugo shortcodes
 * (`{{< figure … >}}`, `{{% notice %}}`) are instructions to the generator a
 * homepage was written for; this site does not run them, and showing them
 * would print code where the author meant text. `{{ x }}` needs the space or a
 * dotted name, so TeX such as `x^{{2}}` is left alone.
 */
const TEMPLATE_CODE =
  /\{%-?[\s\S]{0,500}?-?%\}|\{\{[<%][\s\S]{0,500}?[>%]\}\}|\{\{-?\s[^{}]{0,300}?\}\}|\{\{[\w-]+(?:\.[\w-]+)+\}\}/g;

/**
 * Quarto's and Pandoc's fenced divs (`::: {.callout-note}` … `:::`) and
 * Docusaurus' admonitions (`:::tip Open positions` … `:::`) lay out the page;
 * here the text inside them, and an admonition's title, read as ordinary
 * paragraphs, and the fences themselves would show as stray colons.
 */
const DIV_FENCE = /^[ \t]*:{3,}[ \t]*(?:\{[^{}\n]*\}|[A-Za-z][\w-]*)?(?=[ \t]*$|[ \t]+\S|\[)/gm;

export interface TemplateCode {
  kind: "template" | "div fence";
  /** 1-based line within the body. */
  line: number;
  code: string;
}

type Range = [number, number];

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * Code blocks and inline code show template code as a sample: it stays there.
 * Template code in an HTML comment goes with the comment, unmentioned.
 */
function keptRanges(tree: Root): Range[] {
  const ranges: Range[] = [];
  visit(tree, ["code", "inlineCode", "html"], (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !("value" in node)) return;
    if (node.type !== "html") ranges.push([start, end]);
    else
      for (const comment of node.value.matchAll(COMMENT))
        ranges.push([start + comment.index, start + comment.index + comment[0].length]);
  });
  return ranges;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) line++;
  return line;
}

/**
 * The body's syntax tree without template code and div fences outside code
 * and comments, the markdown it was parsed from, and what was taken out. Each piece leaves its
 * line breaks behind, so every later line number still points at the author's file.
 */
export function parseWithoutTemplateCode(
  body: string,
  parse: (markdown: string) => Root,
): { tree: Root; markdown: string; removed: TemplateCode[] } {
  const tree = parse(body);
  const hasTemplateCode = body.includes("{%") || body.includes("{{");
  if (!hasTemplateCode && !body.includes(":::")) return { tree, markdown: body, removed: [] };
  const kept = keptRanges(tree);
  const found = [
    ...(hasTemplateCode
      ? [...body.matchAll(TEMPLATE_CODE)].map((match) => ({ kind: "template" as const, match }))
      : []),
    ...[...body.matchAll(DIV_FENCE)].map((match) => ({ kind: "div fence" as const, match })),
  ];
  const pieces = found
    .filter(({ match }) => !kept.some(([start, end]) => match.index >= start && match.index < end))
    .sort((a, b) => a.match.index - b.match.index);
  if (!pieces.length) return { tree, markdown: body, removed: [] };
  let rest = "";
  let from = 0;
  const removed: TemplateCode[] = [];
  for (const { kind, match } of pieces) {
    // A fence inside template code spanning lines went with it.
    if (match.index < from) continue;
    rest += body.slice(from, match.index) + match[0].replace(/[^\n]/g, "");
    from = match.index + match[0].length;
    removed.push({ kind, line: lineAt(body, match.index), code: kind === "div fence" ? match[0].trim() : match[0] });
  }
  rest += body.slice(from);
  return { tree: parse(rest), markdown: rest, removed };
}
