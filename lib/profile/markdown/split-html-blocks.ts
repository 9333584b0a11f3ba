import type { Html, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";

// A line of closing or empty tags only ("</div>", "<br>"): it opens nothing the lines below could belong to.
const CLOSING_LINE = /^\s*(?:<\/[a-z][^<>]*>|<(?:br|hr|wbr)\s*\/?>\s*)+\s*$/i;

/** The first line after the block's leading closing tags, when markdown follows them; else -1. */
function splitAt(node: Html): number {
  const lines = node.value.split("\n");
  const at = lines.findIndex((line) => !CLOSING_LINE.test(line));
  const first = lines[at] ?? "";
  return at > 0 && first.trim() !== "" && !/^\s*</.test(first) ? at : -1;
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
 * right after a closing `</div>`, or the entry written right after a `<br>`
 * line, is read as HTML and its markdown shown raw. Top-level blocks are cut
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
