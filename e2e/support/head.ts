import type { Page } from "@playwright/test";

/** What a crawler reads in a page's head: every meta tag in order, links by rel, and the JSON-LD documents. */
export interface PageHead {
  title: string;
  /** `<meta name|property content>` in document order; a name may repeat (citation_author). */
  meta: Array<{ key: string; content: string }>;
  links: Array<{ rel: string; href: string; type: string | null; title: string | null }>;
  /** The raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
}

export async function readHead(page: Page): Promise<PageHead> {
  return page.evaluate(() => ({
    title: document.title,
    meta: [...document.querySelectorAll("meta[name], meta[property]")].map((meta) => ({
      key: meta.getAttribute("name") ?? meta.getAttribute("property") ?? "",
      content: meta.getAttribute("content") ?? "",
    })),
    links: [...document.querySelectorAll("link[rel]")].map((link) => ({
      rel: link.getAttribute("rel") ?? "",
      href: (link as HTMLLinkElement).href,
      type: link.getAttribute("type"),
      title: link.getAttribute("title"),
    })),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => script.textContent ?? "",
    ),
  }));
}

/** The content of every meta tag with this name or property. */
export function metaValues(head: PageHead, key: string): string[] {
  return head.meta.filter((meta) => meta.key === key).map((meta) => meta.content);
}

export function metaValue(head: PageHead, key: string): string | undefined {
  return metaValues(head, key)[0];
}

/** A URL written the way the browser resolves it, so "https://a.org" and "https://a.org/" compare equal. */
export function normalizeUrl(url: string): string {
  return new URL(url).href;
}
