import { toString } from "mdast-util-to-string";
import type { PhrasingContent, Text } from "mdast";

/**
 * Entries like publications put title, authors, venue and links on separate
 * lines of one paragraph. Split a paragraph's inline content at its line breaks
 * (soft or hard), keeping links and emphasis intact within each line.
 */
export function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  const current = () => lines[lines.length - 1] ?? [];
  for (const child of children) {
    if (child.type === "break") {
      lines.push([]);
      continue;
    }
    if (child.type !== "text" || !child.value.includes("\n")) {
      current().push(child);
      continue;
    }
    child.value.split("\n").forEach((segment, index) => {
      if (index > 0) lines.push([]);
      if (segment) current().push(textLike(child, segment));
    });
  }
  return lines.filter((line) => line.some((node) => node.type !== "text" || node.value.trim()));
}

function textLike(original: Text, value: string): Text {
  return { type: "text", value, position: original.position };
}

/** A line's text as written, no whitespace collapsed, so offsets in it can cut the line's nodes. */
export function lineText(line: PhrasingContent[]): string {
  return line.map(nodeText).join("");
}

function nodeText(node: PhrasingContent): string {
  return node.type === "html" ? "" : toString(node, { includeHtml: false });
}

/**
 * The part of a line between two offsets of its text: text nodes are cut,
 * other nodes (a link, a bold name) are kept whole on the side where they start.
 */
export function sliceLine(line: PhrasingContent[], start: number, end = Infinity): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  let at = 0;
  for (const node of line) {
    const length = nodeText(node).length;
    const from = at;
    at += length;
    if (node.type === "text") {
      const value = node.value.slice(Math.max(0, start - from), Math.max(0, end - from));
      if (value) result.push(textLike(node, value));
    } else if (from >= start && from < end) result.push(node);
  }
  return result;
}
