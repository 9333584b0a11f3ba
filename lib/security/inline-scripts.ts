import { createHash } from "node:crypto";
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

// The types a browser runs; anything else (JSON-LD, say) is a data block that CSP does not govern.
const RUNNABLE_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "text/ecmascript"]);

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null;
}

function isRunnableInline(element: Element): boolean {
  if (element.tagName !== "script" || attribute(element, "src") !== null) return false;
  return RUNNABLE_TYPES.has((attribute(element, "type") ?? "").trim().toLowerCase());
}

/** Every element in document order; a <template>'s content is inert, so it is not entered. */
function* elementsOf(node: Node): Generator<Element> {
  if (defaultTreeAdapter.isElementNode(node)) yield node;
  if (!("childNodes" in node)) return;
  for (const child of node.childNodes) yield* elementsOf(child);
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : "")).join("");
}

/**
 * The text of every inline script the browser would run, as the browser's
 * parser reads it: a Content-Security-Policy hash is of exactly this text.
 */
export function inlineScripts(html: string): string[] {
  return [...elementsOf(parse(html))].filter(isRunnableInline).map(textOf);
}

/** A CSP source expression that allows one inline script: `'sha256-…'`. */
export function hashSource(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/** The distinct hash sources of a page's inline scripts, in document order. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(hashSource))];
}
