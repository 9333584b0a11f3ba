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
