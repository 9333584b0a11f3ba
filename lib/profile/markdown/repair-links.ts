import type { Root } from "mdast";
import { forEachNode } from "./walk";

export interface LinkRepair {
  line: number | null;
  from: string;
  to: string;
}

/**
 * `[x]((https://…))` is a common slip: CommonMark reads the inner parentheses
 * as part of the destination, and the sanitizer then drops the whole href.
 * Unwrap such destinations and say so, rather than publish a dead link.
 */
export function repairDoubleParenLinks(tree: Root): LinkRepair[] {
  const repairs: LinkRepair[] = [];
  forEachNode(tree, (node) => {
    if (node.type !== "link" && node.type !== "definition") return;
    const match = /^\(+\s*(.*?)\s*\)+$/.exec(node.url);
    if (!match?.[1]) return;
    repairs.push({ line: node.position?.start.line ?? null, from: node.url, to: match[1] });
    node.url = match[1];
  });
  return repairs;
}
