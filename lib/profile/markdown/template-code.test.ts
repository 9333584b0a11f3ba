import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { toPlainText } from "./render";
import { parseWithoutTemplateCode } from "./template-code";

const parse = (markdown: string) => remark().parse(markdown);

describe("parseWithoutTemplateCode", () => {
  it("takes out Liquid and Hugo template code and says on which lines", () => {
    const { tree, removed } = parseWithoutTemplateCode(
      'Hi {{ site.author }}.\n\n{% include intro.md %}\n\n{{< figure src="a.png" >}} and {{site.url}}',
      parse,
    );
    expect(toPlainText(tree)).toBe("Hi . and");
    expect(removed.map(({ line }) => line)).toEqual([1, 3, 5, 5]);
    expect(removed.every(({ kind }) => kind === "template")).toBe(true);
  });

  it("keeps every later line number: a template line leaves a blank line behind", () => {
    const { tree } = parseWithoutTemplateCode("{% if x %}\nFirst\n{% endif %}\n\nSecond", parse);
    const lines = tree.children.map((node) => node.position?.start.line);
    expect(lines).toEqual([2, 5]);
  });

  it("leaves template code in code, in comments and TeX braces alone", () => {
    const markdown = "```\n{% include a.html %}\n```\n\n`{{ page.title }}` <!-- {% secret %} --> $x^{{2}}$";
    const { tree, removed } = parseWithoutTemplateCode(markdown, parse);
    expect(removed).toEqual([]);
    expect(tree).toEqual(parse(markdown));
  });

  it("parses once when there is no template code", () => {
    let calls = 0;
    parseWithoutTemplateCode("Plain {text} with {braces}.", (markdown) => (calls++, parse(markdown)));
    expect(calls).toBe(1);
  });
});

describe("parseWithoutTemplateCode: Quarto and Pandoc div fences", () => {
  it("takes out the fence lines and keeps the text inside them, on its lines", () => {
    const { tree, removed } = parseWithoutTemplateCode(
      "::: {.callout-note}\nMoving in *September*.\n:::\n\n:::: columns\nText.\n::::\n",
      parse,
    );
    expect(toPlainText(tree)).toBe("Moving in September. Text.");
    expect(tree.children.map((node) => node.position?.start.line)).toEqual([2, 6]);
    expect(removed).toEqual([
      { kind: "div fence", line: 1, code: "::: {.callout-note}" },
      { kind: "div fence", line: 3, code: ":::" },
      { kind: "div fence", line: 5, code: ":::: columns" },
      { kind: "div fence", line: 7, code: "::::" },
    ]);
  });

  it("keeps a Docusaurus admonition's title as text", () => {
    const { tree, removed } = parseWithoutTemplateCode(":::tip Open positions\nInterns wanted.\n:::\n", parse);
    expect(toPlainText(tree)).toBe("Open positions Interns wanted.");
    expect(removed.map(({ code }) => code)).toEqual([":::tip", ":::"]);
  });

  it("leaves colons in code and in sentences alone", () => {
    const markdown = "```\n:::\n```\n\nRatio ::: of three.\n";
    const { tree, removed } = parseWithoutTemplateCode(markdown, parse);
    expect(removed).toEqual([]);
    expect(tree).toEqual(parse(markdown));
  });
});
