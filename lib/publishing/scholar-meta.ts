import type { Publication } from "../profile/model";
import { absoluteUrl, type Site } from "./site";

/** `<meta name content>` pairs; a list becomes one tag per value, in order. */
export type ScholarMeta = Record<string, string | string[]>;

function isPdf(href: string, site: Site): boolean {
  try {
    return /\.pdf$/i.test(new URL(href, site.url).pathname);
  } catch {
    return false;
  }
}

function pdfUrl(publication: Publication, site: Site): string | null {
  const link =
    publication.links.find((candidate) => /\bpdf\b/i.test(candidate.label))?.href ??
    publication.links.find((candidate) => isPdf(candidate.href, site))?.href ??
    (publication.url && isPdf(publication.url, site) ? publication.url : null);
  if (!link) return null;
  // Scholar fetches the file on its own: a relative link means nothing to it.
  return /^[a-z][a-z0-9+.-]*:/i.test(link) ? link : absoluteUrl(site, link.startsWith("/") ? link : `/${link}`);
}

/**
 * The Highwire Press tags Google Scholar reads to index a paper's page
 * (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing).
 */
export function scholarMeta(publication: Publication, site: Site): ScholarMeta {
  const meta: ScholarMeta = { citation_title: publication.title };
  if (publication.authors.length > 0) meta.citation_author = publication.authors.map((author) => author.name);
  if (publication.year !== null) meta.citation_publication_date = String(publication.year);
  switch (publication.venue?.kind) {
    case "conference":
    case "workshop":
      meta.citation_conference_title = publication.venue.short;
      break;
    case "journal":
      meta.citation_journal_title = publication.venue.short;
      break;
    case "preprint":
    case "thesis":
    case "other":
    case undefined:
      break;
  }
  const pdf = pdfUrl(publication, site);
  if (pdf) meta.citation_pdf_url = pdf;
  return meta;
}
