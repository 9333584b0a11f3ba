import { SAXParser } from "parse5-sax-parser";

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/** Where the policy goes: after the charset declaration at the top of <head>, else right after <head>. */
function policyOffset(html: string): number | null {
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  let afterHead: number | null = null;
  let afterCharset: number | null = null;
  parser.on("startTag", ({ tagName, attrs, sourceCodeLocation }) => {
    if (tagName === "head") afterHead = sourceCodeLocation?.endOffset ?? null;
    else if (afterHead === null) return;
    else if (tagName === "meta" && attrs.some((attr) => attr.name === "charset"))
      afterCharset = sourceCodeLocation?.endOffset ?? null;
    else parser.stop();
  });
  parser.on("endTag", () => {
    if (afterHead !== null) parser.stop();
  });
  parser.end(html);
  return afterCharset ?? afterHead;
}

/**
 * The page with its policy as a <meta http-equiv> tag, for hosts that cannot
 * send headers. A meta policy governs only what comes after it, so it goes
 * first in <head>, after the charset declaration when that leads.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const offset = policyOffset(html);
  if (offset === null) throw new Error("the page has no <head> start tag to put its policy after");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  return html.slice(0, offset) + meta + html.slice(offset);
}
