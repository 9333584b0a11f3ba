import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { toPlainText, toSafeHtml } from "./render";

const parse = (markdown: string) => remark().parse(markdown);

describe("toPlainText", () => {
  it("keeps inline content together", () => {
    const [paragraph] = parse("Check out [Together MoA](https://x.org)! *Really*.").children;
    expect(paragraph && toPlainText(paragraph)).toBe("Check out Together MoA! Really.");
  });

  it("separates paragraphs and list items with a space", () => {
    const tree = parse("First paragraph.\n\nSecond one.\n\n- item one\n- item two\n");
    expect(toPlainText(tree.children)).toBe("First paragraph. Second one. item one item two");
    expect(toPlainText(tree)).toBe("First paragraph. Second one. item one item two");
  });

  it("leaves raw HTML out", () => {
    expect(toPlainText(parse("A <b>bold</b> move."))).toBe("A bold move.");
  });
});

describe("toSafeHtml", () => {
  it("drops script and unsafe URLs", () => {
    const html = toSafeHtml(
      parse('<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src="x" onerror="alert(2)">').children,
    );
    expect(html).not.toMatch(/<script|javascript:|onerror/);
  });
});
