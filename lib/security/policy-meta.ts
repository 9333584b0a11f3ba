import { parse, type DefaultTreeAdapterTypes } from "parse5";

type Element = DefaultTreeAdapterTypes.Element;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

function childElements(node: { childNodes: DefaultTreeAdapterTypes.ChildNode[] }): Element[] {
  return node.childNodes.filter((child): child is Element => "tagName" in child);
}

/**
 * The page with its policy as a <meta http-equiv> tag, for hosts that cannot
 * send headers. A meta policy governs only what comes after it, so it goes
 * first in <head>, right after the charset declaration when there is one.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const head = childElements(document)
    .flatMap((element) => (element.tagName === "html" ? childElements(element) : []))
    .find((element) => element.tagName === "head");
  const charset = head && childElements(head).find((element) => element.attrs.some((attr) => attr.name === "charset"));
  const offset = (charset?.sourceCodeLocation ?? null)?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
  if (offset === undefined) throw new Error("the page has no <head> start tag to put its policy after");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`;
  return html.slice(0, offset) + meta + html.slice(offset);
}
