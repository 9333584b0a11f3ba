import type { Html, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";

// A list item or a heading: markdown that an HTML block swallowed because no blank line came first.
const MARKDOWN_BLOCK = /^ {0,3}(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t]+\S/;

function splitAt(node: Html): number {
  const lines = node.value.split("\n");
  return lines.findIndex(
    (line, index) => index > 0 && MARKDOWN_BLOCK.test(line) && /^\s*<\/[a-z][^<>]*>\s*$/i.test(lines[index - 1] ?? ""),
  );
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
 * right after a closing `</div>` is read as HTML and its markdown shown raw.
 * Top-level blocks are cut after their closing tags and the rest is read as
 * the markdown it is.
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
