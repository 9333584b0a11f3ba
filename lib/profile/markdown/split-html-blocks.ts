import type { Html, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";

// A line of closing or empty tags only ("</div>", "<br>", a logo's `<img …/>`): it opens nothing the lines below could belong to.
const CLOSING_LINE = /^\s*(?:(?:<\/[a-z][^<>]*>|<(?:br|hr|wbr)\s*\/?>|<img\s[^<>]*>)\s*)+$/i;

// A line of tags only, such as an AcadHomepage paper box's opening `<div>`s.
const TAG_LINE = /^\s*(?:<[^<>]*>\s*)+$/;

// kramdown's `markdown="1"` on an opening tag: the lines inside are markdown, as Jekyll shows them.
const MARKDOWN_INSIDE = /<[a-z][^<>]*\smarkdown\s*=\s*["']?(?:1|block)\b/i;

/**
 * The first line after the block's leading tags when markdown follows them,
 * else -1: tags that only close, or tags whose last line opens an element
 * marked `markdown="1"` (a paper box whose text starts on the next line).
 */
function splitAt(node: Html): number {
  const lines = node.value.split("\n");
  const closing = lines.findIndex((line) => !CLOSING_LINE.test(line));
  const tags = lines.findIndex((line) => !TAG_LINE.test(line));
  const opensMarkdown = tags > 0 && MARKDOWN_INSIDE.test(lines[tags - 1] ?? "");
  if (opensMarkdown && lines[tags]?.trim()) return tags;
  const first = lines[closing] ?? "";
  return closing > 0 && first.trim() !== "" && !/^\s*</.test(first) ? closing : -1;
}

function shift(nodes: RootContent[], lines: number, offset: number): void {
  for (const node of nodes) {
    visit(node, (child) => {
      const { position } = child;
      if (!position) return;
      for (const point of [position.start, position.end]) {
        point.line += lines;
        if (point.offset !== undefined) point.offset += offset;
      }
    });
  }
}

/**
 * An HTML block runs to the next blank line, so the list an author starts
 * right after a closing `</div>`, the entry written right after a `<br>`
 * line, or the first line of a `<div markdown="1">` with no blank line before
 * it, is read as HTML and its markdown shown raw. Top-level blocks are cut
 * after such leading tags and the rest is read as the markdown it is.
 */
export function splitMarkdownFromHtml(tree: Root, parse: (markdown: string) => Root): void {
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (node.type !== "html" || !node.position) return [node];
    const at = splitAt(node);
    if (at === -1) return [node];
    const lines = node.value.split("\n");
    const head = lines.slice(0, at).join("\n");
    const rest = parse(lines.slice(at).join("\n")).children;
    shift(rest, node.position.start.line - 1 + at, (node.position.start.offset ?? 0) + head.length + 1);
    const html: Html = { type: "html", value: head, position: { start: node.position.start, end: node.position.end } };
    return [html, ...rest];
  });
}
