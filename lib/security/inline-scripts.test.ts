import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashSource, inlineScriptHashes, inlineScripts } from "./inline-scripts";

const texts = (html: string) => inlineScripts(html).map((script) => script.text);

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

describe("inlineScripts", () => {
  it("takes the text of the inline scripts a browser runs, as written", () => {
    const html = page(
      '<script>a &amp;&& b</script><script type="module">m()</script><script type="text/javascript">t()</script>',
    );
    expect(texts(html)).toEqual(["a &amp;&& b", "m()", "t()"]);
  });

  it("leaves out external scripts, data blocks and the inert content of templates", () => {
    const html = page(
      '<script src="/_next/chunk.js" async></script><script type="application/ld+json">{"@type":"Person"}</script>' +
        "<template><script>inert()</script></template>",
    );
    expect(texts(html)).toEqual([]);
  });

  it("reads line endings as the browser does, so the hash matches what runs", () => {
    expect(texts(page("<script>a()\r\nb()</script>"))).toEqual(["a()\nb()"]);
  });

  it("says where each script's element starts and ends", () => {
    const html = page("<p>x</p><script>a()</script>");
    const [script] = inlineScripts(html);
    expect(html.slice(script?.start, script?.end)).toBe("<script>a()</script>");
  });
});

describe("hashSource", () => {
  it("is the base64 SHA-256 of the script's UTF-8 text, quoted as CSP wants it", () => {
    const expected = createHash("sha256").update("alert('é')", "utf8").digest("base64");
    expect(hashSource("alert('é')")).toBe(`'sha256-${expected}'`);
  });
});

describe("inlineScriptHashes", () => {
  it("lists each distinct script once, in document order", () => {
    expect(inlineScriptHashes(page("<script>b()</script><script>a()</script><script>b()</script>"))).toEqual([
      hashSource("b()"),
      hashSource("a()"),
    ]);
  });
});
