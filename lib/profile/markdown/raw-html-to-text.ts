import type { Nodes, Paragraph, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";

const TAG = /<\/?[a-zA-Z][^>]*>/g;

/**
 * Raw HTML is never published as markup (it could carry script), but the words
 * inside it are the author's and must not vanish. Each HTML node becomes the
 * plain text it contains, which the HTML renderer then escapes.
 */
export function rawHtmlToText(tree: Root): void {
  visit(tree, "html", (node, index, parent) => {
    if (!parent || index === undefined) return;
    const words = node.value.replace(TAG, "");
    const isBlock = parent.type === "root" || parent.type === "listItem" || parent.type === "blockquote";
    if (!words.trim()) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const text: Text = { type: "text", value: isBlock ? words.trim() : words, position: node.position };
    const replacement: Paragraph | Text = isBlock
      ? { type: "paragraph", children: [text], position: node.position }
      : text;
    (parent.children as Nodes[]).splice(index, 1, replacement);
    return [SKIP, index + 1];
  });
}
