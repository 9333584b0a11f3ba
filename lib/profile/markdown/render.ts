import type { Image, Node, Nodes, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { filter } from "unist-util-filter";
import type { SafeHtml } from "../model";

// remark-html sanitizes with GitHub's schema: no script, no event handlers, only safe URL protocols.
const htmlProcessor = remark().use(remarkHtml);

/** A raw `<img>` left after the photo and teasers were taken is not shown (see ImageData.fromHtml). */
function isHiddenImage(node: Node): boolean {
  return node.type === "image" && (node as Image).data?.fromHtml === true;
}

export function toSafeHtml(nodes: RootContent[]): SafeHtml {
  const root: Root = { type: "root", children: nodes };
  const shown: Root = filter(root, (node) => !isHiddenImage(node)) ?? { type: "root", children: [] };
  return String(htmlProcessor.stringify(shown)).trim();
}

const BLOCK_TYPES = new Set([
  "paragraph",
  "heading",
  "list",
  "listItem",
  "blockquote",
  "code",
  "table",
  "tableRow",
  "tableCell",
  "thematicBreak",
]);

function isBlock(node: Nodes): boolean {
  return BLOCK_TYPES.has(node.type);
}

/** Blocks (paragraphs, list items) and line breaks are separated by a space, or their words would run together. */
function textOf(node: Nodes): string {
  if (isHiddenImage(node)) return "";
  if (node.type === "break") return " ";
  if (!("children" in node)) return toString(node, { includeHtml: false });
  return node.children.map(textOf).join(node.children.some(isBlock) ? " " : "");
}

export function toPlainText(node: Nodes | Nodes[]): string {
  const nodes = Array.isArray(node) ? node : [node];
  return nodes
    .map(textOf)
    .join(nodes.some(isBlock) ? " " : "")
    .replace(/\s+/g, " ")
    .trim();
}
