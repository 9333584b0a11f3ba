import type { Nodes, PhrasingContent, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { SafeHtml } from "../model";

// remark-html sanitizes with GitHub's schema: no script, no event handlers, only safe URL protocols.
const htmlProcessor = remark().use(remarkHtml);

export function toSafeHtml(nodes: RootContent[]): SafeHtml {
  const root: Root = { type: "root", children: nodes };
  return String(htmlProcessor.stringify(root)).trim();
}

/** Inline content rendered without the wrapping paragraph. */
export function inlineToSafeHtml(nodes: PhrasingContent[]): SafeHtml {
  return toSafeHtml([{ type: "paragraph", children: nodes }])
    .replace(/^<p>/, "")
    .replace(/<\/p>$/, "");
}

export function toPlainText(node: Nodes | Nodes[]): string {
  const text = Array.isArray(node) ? node.map((child) => toString(child, { includeHtml: false })).join("") : toString(node, { includeHtml: false });
  return text.replace(/\s+/g, " ").trim();
}
