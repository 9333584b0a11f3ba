import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { ParseContext } from "../context";
import { reparseRawHtml } from "./raw-html";
import { splitMarkdownFromHtml } from "./split-html-blocks";

const parser = remark();

function read(markdown: string) {
  const context = Object.assign(new ParseContext(0), { ownerName: "Ann Lee" });
  const tree = parser.parse(markdown);
  splitMarkdownFromHtml(tree, (text) => parser.parse(text));
  return { tree: reparseRawHtml(tree, markdown, context), diagnostics: context.diagnostics };
}

const PAPER_BOX = `<div class='paper-box'><div class='paper-box-image'><div><div class="badge">ICML 2024</div><img src='images/x.png' alt="x" width="100%"></div></div>
<div class='paper-box-text' markdown="1">

[Sparse Things](https://example.org/sparse)

**Ann Lee**, Bo Chen

- A short summary.
</div>
</div>
`;

describe("reparseRawHtml", () => {
  it("leaves a body without raw HTML as it is", () => {
    const tree = parser.parse("Hello *there*.\n");
    expect(reparseRawHtml(tree, "Hello *there*.\n", new ParseContext(0))).toBe(tree);
  });

  it("keeps the address of a raw link and drops one that could run script", () => {
    const { tree } = read(
      'See <a href="https://example.org/p.pdf">the paper</a> or <a href="javascript:alert(1)">this</a>.\n',
    );
    const [paragraph] = tree.children;
    expect(paragraph).toMatchObject({
      type: "paragraph",
      children: [
        { type: "text", value: "See " },
        { type: "link", url: "https://example.org/p.pdf", children: [{ type: "text", value: "the paper" }] },
        { type: "text", value: " or this." },
      ],
    });
  });

  it("keeps line breaks and lines of the markdown it reparses", () => {
    const { tree } = read("Intro.\n\n- **Title**<br>\n  <b>Ann Lee</b>, Bo Chen\n  ICML 2024\n");
    const item = tree.children[1];
    expect(item?.type).toBe("list");
    const paragraph = item?.type === "list" ? item.children[0]?.children[0] : undefined;
    expect(paragraph?.type === "paragraph" && paragraph.children.map((node) => node.type)).toEqual([
      "strong",
      "break",
      "strong",
      "text",
    ]);
    expect(item?.position?.start.line).toBe(3);
  });

  it("reads an AcadHomepage paper box as one list item led by its badge, the image left out", () => {
    const { tree } = read(`# Publications\n\n${PAPER_BOX}`);
    expect(tree.children.map((node) => node.type)).toEqual(["heading", "list"]);
    const list = tree.children[1];
    const item = list?.type === "list" ? list.children[0] : undefined;
    expect(item?.data?.venueTag).toBe("ICML 2024");
    expect(item?.children.map((node) => node.type)).toEqual(["paragraph", "paragraph", "paragraph", "list"]);
    expect(item?.position?.start.line).toBe(3);
    expect(JSON.stringify(tree)).not.toContain("images/x.png");
  });

  it("reads a list that starts right after a closing </div> as a list", () => {
    const { tree } = read(`${PAPER_BOX.trimEnd()}\n- [Dense Things](https://example.org/dense), Ann Lee\n- Another\n`);
    const last = tree.children.at(-1);
    expect(last?.type).toBe("list");
    expect(last?.type === "list" && last.children).toHaveLength(2);
    expect(last?.position?.start.line).toBe(11);
  });

  it("turns a <dl> into one list item per term, its definitions after line breaks", () => {
    const { tree } = read(
      "<dl>\n<dt><b>Example University</b></dt>\n<dd>PhD in Physics</dd>\n<dd>2019 - 2024</dd>\n<dt>Other College</dt>\n<dd>BSc</dd>\n</dl>\n",
    );
    const [list] = tree.children;
    expect(list?.type).toBe("list");
    const items = list?.type === "list" ? list.children : [];
    expect(items.map((item) => item.children.map((block) => block.type))).toEqual([["paragraph"], ["paragraph"]]);
    const [first] = items;
    const paragraph = first?.children[0];
    expect(paragraph?.type === "paragraph" && paragraph.children.map((node) => node.type)).toEqual([
      "strong",
      "break",
      "text",
      "break",
      "text",
    ]);
  });

  it("turns a table of one paper a row into one list item a row, and leaves other tables as tables", () => {
    const { tree } = read(
      '<table>\n<tr><td><img src="t.png"></td><td><a href="https://x.org/p"><b>Sparse Things in Dense Places</b></a><br>Ann Lee, Bo Chen<br><em>ICML 2024</em></td></tr>\n</table>\n\n<table><tr><td>CS 101</td><td>Fall 2024</td></tr></table>\n',
    );
    expect(tree.children.map((node) => node.type)).toEqual(["list", "table"]);
    const [list] = tree.children;
    const paragraph = list?.type === "list" ? list.children[0]?.children[0] : undefined;
    expect(paragraph?.type === "paragraph" && paragraph.children.map((node) => node.type)).toEqual([
      "link",
      "break",
      "text",
      "break",
      "emphasis",
    ]);
  });

  it("drops script, styles and frames with what they hold, and says so with the line", () => {
    const { tree, diagnostics } = read("Hi.\n\n<style>\n.x { color: red }\n</style>\n\n<script>alert(1)</script>\n");
    expect(JSON.stringify(tree)).not.toMatch(/color|alert/);
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([3, 7]);
  });

  it("drops blocks the HTML leaves empty", () => {
    const { tree } = read("<span class='anchor' id='news'></span>\n# News\n");
    expect(tree.children.map((node) => node.type)).toEqual(["heading"]);
  });
});
