import type { Nodes, Parents } from "mdast";

/**
 * Calls `callback` on every node under `node`, in document order, with its
 * parent; the callback must not add or remove nodes. unist-util-visit does
 * this and more (tests, skipping, ancestry), at a cost per node that the steps
 * run on every profile pay against the parse-time target (within 1.5× of a
 * bare remark parse); they need none of the more.
 */
export function forEachNode(
  node: Nodes,
  callback: (node: Nodes, parent: Parents | null) => void,
  parent: Parents | null = null,
): void {
  callback(node, parent);
  if ("children" in node) for (const child of node.children) forEachNode(child, callback, node);
}
