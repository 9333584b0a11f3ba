import type { Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";

/**
 * Authors keep private drafts in HTML comments. Comments are cut out of the
 * tree before anything reads it, so no later step (plain text, HTML, search
 * index) can leak them. A comment left open runs to the end, as browsers read it.
 */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

export function removeComments(tree: Root): void {
  visit(tree, "html", (node, index, parent) => {
    if (!node.value.includes("<!--")) return;
    const rest = node.value.replace(COMMENT, "").trim();
    if (rest || !parent || index === undefined) {
      node.value = rest;
      return;
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}
