import type { Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";

/**
 * Authors keep private drafts in HTML comments. Comments are cut out of the
 * tree before anything reads it, so no later step (plain text, HTML, search
 * index) can leak them. A comment left open runs to the end, as browsers read it.
 */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Removes the comments; returns whether any other raw HTML is left, so plain markdown skips the HTML step. */
export function removeComments(tree: Root): boolean {
  let htmlLeft = false;
  visit(tree, "html", (node, index, parent) => {
    if (!node.value.includes("<!--")) {
      htmlLeft = true;
      return;
    }
    const rest = node.value.replace(COMMENT, "").trim();
    if (rest || !parent || index === undefined) {
      node.value = rest;
      htmlLeft ||= rest !== "";
      return;
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return htmlLeft;
}
