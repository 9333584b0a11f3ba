import { describe, expect, it } from "vitest";
import { inlineScripts } from "./inline-scripts";
import { withPolicyMeta } from "./policy-meta";

const POLICY = "script-src 'self' 'sha256-A+/='";

describe("withPolicyMeta", () => {
  it("puts the policy right after the charset declaration, before any script", () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script src="/a.js"></script></head><body></body></html>';
    expect(withPolicyMeta(html, POLICY)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
        `<meta http-equiv="Content-Security-Policy" content="${POLICY}"/>` +
        '<script src="/a.js"></script></head><body></body></html>',
    );
  });

  it("opens <head> with it when there is no charset declaration", () => {
    const html = "<!DOCTYPE html><html><head><title>t</title></head><body></body></html>";
    expect(withPolicyMeta(html, POLICY)).toContain(`<head><meta http-equiv="Content-Security-Policy"`);
  });

  it("stays before a script even when a charset declaration comes after it", () => {
    const html = '<!DOCTYPE html><html><head><script src="/a.js"></script><meta charset="utf-8"></head></html>';
    expect(withPolicyMeta(html, POLICY)).toMatch(
      /^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"/,
    );
  });

  it("escapes the attribute and leaves the page's scripts as they were", () => {
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>x("&")</script></body></html>';
    const result = withPolicyMeta(html, `a "b" & c`);
    expect(result).toContain('content="a &quot;b&quot; &amp; c"');
    const texts = (page: string) => inlineScripts(page).map((script) => script.text);
    expect(texts(result)).toEqual(texts(html));
  });
});
