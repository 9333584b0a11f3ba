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

export interface TemplateCode {
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
 * The body's syntax tree without template code outside code and comments, the
 * markdown it was parsed from, and what was taken out. Each piece leaves its
 * line breaks behind, so every later line number still points at the author's file.
 */
export function parseWithoutTemplateCode(
  body: string,
  parse: (markdown: string) => Root,
): { tree: Root; markdown: string; removed: TemplateCode[] } {
  const tree = parse(body);
  if (!body.includes("{%") && !body.includes("{{")) return { tree, markdown: body, removed: [] };
  const kept = keptRanges(tree);
  const pieces = [...body.matchAll(TEMPLATE_CODE)].filter(
    (match) => !kept.some(([start, end]) => match.index >= start && match.index < end),
  );
  if (!pieces.length) return { tree, markdown: body, removed: [] };
  let rest = "";
  let from = 0;
  for (const piece of pieces) {
    rest += body.slice(from, piece.index) + piece[0].replace(/[^\n]/g, "");
    from = piece.index + piece[0].length;
  }
  rest += body.slice(from);
  const removed = pieces.map((piece) => ({ line: lineAt(body, piece.index), code: piece[0] }));
  return { tree: parse(rest), markdown: rest, removed };
}
