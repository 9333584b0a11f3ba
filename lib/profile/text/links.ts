import type { Link as LinkNode, PhrasingContent } from "mdast";
import type { Link } from "../model";
import { toPlainText } from "../markdown/render";

const BUTTON_LABEL =
  /^(paper|pdf|code|video|slides|poster|talk|arxiv|project|project page|website|blog|demo|data|dataset|model|bibtex|abstract|doi|openreview|github|supplementary|supp|appendix|download|link)$/i;

/** "[Paper]" → "Paper": the brackets are how authors draw a button in plain markdown. */
export function linkLabel(node: LinkNode): string {
  return toPlainText(node).replace(/^\[\s*|\s*\]$/g, "");
}

// A DOI written as the link's words ("10.1016/j.example.2024.01.002"): the paper's address, not its title.
const DOI = /^10\.\d{4,9}\/\S+$/;

/** A link drawn as a button ("[Code]", "PDF", a DOI) rather than a linked phrase. */
export function isButtonLink(node: LinkNode): boolean {
  const text = toPlainText(node);
  return /^\[.*\]$/.test(text) || BUTTON_LABEL.test(text) || DOI.test(text);
}

/** An `href` that goes nowhere yet: "#", "", or "TODO"-like placeholders. */
export function isPlaceholderHref(href: string | null): boolean {
  return !href || href === "#" || /^#?(todo|tbd|tba)$/i.test(href);
}

/** A URL as a reader compares it: a trailing slash, the scheme, its case and "www." make no difference. */
export function urlKey(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, "")
    .replace(/\/+$/, "")
    .toLowerCase();
}

export function collectButtonLinks(nodes: PhrasingContent[]): Link[] {
  return nodes
    .filter((node): node is LinkNode => node.type === "link" && isButtonLink(node))
    .flatMap((node) => {
      const href = safeHref(node.url);
      return href ? [{ label: linkLabel(node), href }] : [];
    });
}

const SAFE_SCHEME = /^(https?|mailto):/i;

/**
 * The href to publish, or null when it could run script or smuggle data
 * (`javascript:`, `data:`, `vbscript:`…). Browsers ignore control characters
 * and spaces inside a scheme, so the check looks at the URL without them.
 */
export function safeHref(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = /^([^/?#]*?):/.exec(compact);
  if (!scheme) return url.trim();
  return SAFE_SCHEME.test(compact) ? url.trim() : null;
}
