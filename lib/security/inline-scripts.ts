import { createHash } from "node:crypto";
import type { Token } from "parse5";
import { SAXParser } from "parse5-sax-parser";

/** An inline script the browser would run: its text, and where its element starts and ends in the HTML. */
export interface InlineScript {
  text: string;
  start: number;
  end: number;
}

// The types a browser runs; anything else (JSON-LD, say) is a data block that CSP does not govern.
const RUNNABLE_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "text/ecmascript"]);

function isRunnableInline(attrs: Token.Attribute[]): boolean {
  if (attrs.some((attr) => attr.name === "src")) return false;
  const type = attrs.find((attr) => attr.name === "type")?.value ?? "";
  return RUNNABLE_TYPES.has(type.trim().toLowerCase());
}

/**
 * Every inline script the browser would run, its text as the browser's
 * tokenizer reads it: a Content-Security-Policy hash is of exactly this text.
 * A streaming tokenizer rather than a document tree, since a long publication
 * list makes pages of tens of megabytes.
 */
export function inlineScripts(html: string): InlineScript[] {
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const scripts: InlineScript[] = [];
  // A <template>'s content is inert: its scripts never run.
  let templateDepth = 0;
  let open: (InlineScript & { runnable: boolean }) | null = null;
  parser.on("startTag", ({ tagName, attrs, selfClosing, sourceCodeLocation }) => {
    if (tagName === "template" && !selfClosing) templateDepth += 1;
    if (tagName !== "script") return;
    const start = sourceCodeLocation?.startOffset ?? 0;
    open = { text: "", start, end: start, runnable: templateDepth === 0 && isRunnableInline(attrs) };
  });
  parser.on("text", ({ text }) => {
    if (open) open.text += text;
  });
  parser.on("endTag", ({ tagName, sourceCodeLocation }) => {
    if (tagName === "template") templateDepth = Math.max(0, templateDepth - 1);
    if (tagName !== "script" || !open) return;
    if (open.runnable)
      scripts.push({ text: open.text, start: open.start, end: sourceCodeLocation?.endOffset ?? open.start });
    open = null;
  });
  parser.end(html);
  return scripts;
}

/** A CSP source expression that allows one inline script: `'sha256-…'`. */
export function hashSource(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/** The distinct hash sources of scripts, in document order. */
export function hashSources(scripts: readonly InlineScript[]): string[] {
  return [...new Set(scripts.map((script) => hashSource(script.text)))];
}

/** The distinct hash sources of a page's inline scripts, in document order. */
export function inlineScriptHashes(html: string): string[] {
  return hashSources(inlineScripts(html));
}
