import { describe, expect, it } from "vitest";
import { inlineScriptHashes, inlineScripts } from "./inline-scripts";
import { joinPayloadScripts } from "./payload-scripts";

const push = (n: number) => `<script>self.__next_f.push([1,"chunk ${n}"])</script>`;
const BOOTSTRAP = "<script>(self.__next_f=self.__next_f||[]).push([0])</script>";
const page = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;

describe("joinPayloadScripts", () => {
  it("joins adjacent payload scripts into one that makes the same calls in the same order", () => {
    const html = page(`<main>text</main>${BOOTSTRAP}${push(1)}${push(2)}${push(3)}`);
    const { html: joined, hashes } = joinPayloadScripts(html);
    expect(joined).toBe(
      page(
        `<main>text</main>${BOOTSTRAP}<script>self.__next_f.push([1,"chunk 1"])\nself.__next_f.push([1,"chunk 2"])\nself.__next_f.push([1,"chunk 3"])</script>`,
      ),
    );
    expect(inlineScripts(joined)).toHaveLength(2);
    expect(hashes).toEqual(inlineScriptHashes(joined));
  });

  it("keeps runs apart where anything stands between them, and leaves other scripts alone", () => {
    const html = page(`${push(1)}${push(2)}<p>between</p>${push(3)}<script>other()</script>${push(4)}`);
    const joined = joinPayloadScripts(html);
    const texts = inlineScripts(joined.html).map((script) => script.text);
    expect(texts).toEqual([
      'self.__next_f.push([1,"chunk 1"])\nself.__next_f.push([1,"chunk 2"])',
      'self.__next_f.push([1,"chunk 3"])',
      "other()",
      'self.__next_f.push([1,"chunk 4"])',
    ]);
    expect(joined.hashes).toEqual(inlineScriptHashes(joined.html));
  });

  it("leaves a page without runs as it was", () => {
    const html = page(`${BOOTSTRAP}${push(1)}<script type="application/ld+json">{}</script>`);
    expect(joinPayloadScripts(html)).toEqual({ html, hashes: inlineScriptHashes(html) });
  });
});
