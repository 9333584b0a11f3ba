import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { forEachNode } from "./walk";

describe("forEachNode", () => {
  it("visits every node in document order, each with its parent", () => {
    const tree = remark().parse("# A *b*\n\n- c\n");
    const seen: string[] = [];
    forEachNode(tree, (node, parent) => seen.push(`${parent?.type ?? "-"}>${node.type}`));
    expect(seen).toEqual([
      "->root",
      "root>heading",
      "heading>text",
      "heading>emphasis",
      "emphasis>text",
      "root>list",
      "list>listItem",
      "listItem>paragraph",
      "paragraph>text",
    ]);
  });
});
