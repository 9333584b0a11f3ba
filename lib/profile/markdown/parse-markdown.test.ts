import { describe, expect, it } from "vitest";
import { ParseContext } from "../context";
import { parseMarkdown } from "./parse-markdown";
import { toPlainText } from "./render";

function read(markdown: string) {
  const context = new ParseContext(0);
  const tree = parseMarkdown(markdown, context);
  return { text: toPlainText(tree), html: JSON.stringify(tree), diagnostics: context.diagnostics };
}

describe("parseMarkdown: tags a browser reads but CommonMark leaves as text", () => {
  it("drops a raw <img> whose unquoted attribute holds '=', keeping the words around it", () => {
    const { text, html } = read("- **Title**\n  Eve <img src=x onerror=window.__pwned=34> Attacker, Bo Chen\n");
    expect(text).toBe("Title Eve Attacker, Bo Chen");
    expect(html).not.toContain("onerror");
  });

  it("reduces such an <svg> to its words, as it does its closing tag", () => {
    expect(read("In Proc. of <svg onload=window.__pwned=36>ICML</svg> 2025.\n").text).toBe("In Proc. of ICML 2025.");
  });

  it("reads a link whose unquoted address holds a query", () => {
    const { html } = read("See <a href=https://example.org/p?id=3>the paper</a>.\n");
    expect(html).toContain('"url":"https://example.org/p?id=3"');
  });

  it("warns about such a <script> with its line, and drops what it holds", () => {
    const { text, diagnostics } = read("Intro.\n\nA <script data-x=a=b>alert(1)</script> B.\n");
    expect(text).toBe("Intro. A B.");
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([3]);
  });

  it("reads a long run of attributes that never closes as text, at once", () => {
    const attributes = Array.from({ length: 40 }, (_, index) => `a${index}="v=${index}"`).join(" ");
    const started = performance.now();
    expect(read(`Start <img ${attributes} end.\n`).text).toContain("a39=");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("keeps tags the author escaped, in code, or that are not tags at all", () => {
    expect(read("Write \\<img src=a=b> or &lt;img src=a=b> to show it.\n").text).toBe(
      "Write <img src=a=b> or <img src=a=b> to show it.",
    );
    expect(read("Run `<img src=a=b>` and x < y > z, <i_1, i_2>.\n").text).toBe(
      "Run <img src=a=b> and x < y > z, <i_1, i_2>.",
    );
  });
});

describe("parseMarkdown: dropped HTML", () => {
  it('names the element with the article its sound takes ("an iframe", "a script")', () => {
    const { diagnostics } = read('<iframe src="https://example.org"></iframe>\n\n<script>x</script>\n');
    expect(diagnostics.map((diagnostic) => diagnostic.message.split(" HTML")[0])).toEqual([
      'an "iframe"',
      'a "script"',
    ]);
  });
});
