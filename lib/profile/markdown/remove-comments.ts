import type { Html, Parents, Root } from "mdast";
import { forEachNode } from "./walk";

/**
 * Authors keep private drafts in HTML comments. Comments are cut out of the
 * tree before anything reads it, so no later step (plain text, HTML, search
 * index) can leak them. A comment left open runs to the end, as browsers read it.
 */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Removes the comments; returns whether any other raw HTML is left, so plain markdown skips the HTML step. */
export function removeComments(tree: Root): boolean {
  let htmlLeft = false;
  const emptied: Array<{ node: Html; parent: Parents }> = [];
  forEachNode(tree, (node, parent) => {
    if (node.type !== "html") return;
    if (node.value.includes("<!--")) node.value = node.value.replace(COMMENT, "").trim();
    if (node.value !== "") htmlLeft = true;
    else if (parent) emptied.push({ node, parent });
  });
  for (const { node, parent } of emptied) {
    const index = parent.children.findIndex((child) => child === node);
    parent.children.splice(index, 1);
  }
  return htmlLeft;
}
