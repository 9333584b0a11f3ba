import type { ReactNode } from "react";
import { foldForSearch } from "@/lib/view/search-text";

/** One publication, already rendered on the server; the filter only decides whether to show it. */
export interface FilterablePublication {
  id: string;
  year: number | null;
  /** venue.short as written, e.g. "ICML". */
  venue: string | null;
  /** Research-area slugs. */
  topics: string[];
  /** Title, authors and venue, folded with foldForSearch. */
  haystack: string;
  /** The entry's content, rendered on the server. */
  entry: ReactNode;
  /** The notes the author wrote below it, rendered on the server. */
  notes: ReactNode[];
}

/** The URL query of /publications; "" means the filter is off. */
export interface PublicationQuery {
  q: string;
  /** A year, or UNDATED. */
  year: string;
  venue: string;
  /** A research-area slug. */
  topic: string;
}

export const FACETS = ["year", "venue", "topic"] as const;
export type Facet = (typeof FACETS)[number];

export const UNDATED = "none";

export const NO_QUERY: PublicationQuery = { q: "", year: "", venue: "", topic: "" };

export function parseQuery(search: string): PublicationQuery {
  const params = new URLSearchParams(search);
  return {
    q: params.get("q") ?? "",
    year: params.get("year") ?? "",
    venue: params.get("venue") ?? "",
    topic: params.get("topic") ?? "",
  };
}

/** "?q=…&year=…", with empty parameters left out; "" when nothing is set. */
export function formatQuery(query: PublicationQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function isFiltered(query: PublicationQuery): boolean {
  return Boolean(query.q || query.year || query.venue || query.topic);
}

export function yearValue(year: number | null): string {
  return year === null ? UNDATED : String(year);
}

export interface FilterResult {
  /** Whether each publication, by index, passes every filter. */
  shown: boolean[];
  shownCount: number;
  /** For each facet, how many publications each of its options would show, given the other active filters. */
  counts: Record<Facet, Map<string, number>>;
}

function facetValues(publication: FilterablePublication, facet: Facet): string[] {
  if (facet === "year") return [yearValue(publication.year)];
  if (facet === "venue") return publication.venue ? [publication.venue] : [];
  return publication.topics;
}

function failedFacets(publication: FilterablePublication, query: PublicationQuery): Facet[] {
  const failed: Facet[] = [];
  if (query.year && yearValue(publication.year) !== query.year) failed.push("year");
  if (query.venue && publication.venue !== query.venue) failed.push("venue");
  if (query.topic && !publication.topics.includes(query.topic)) failed.push("topic");
  return failed;
}

/**
 * Applies the query and counts every facet's options in one pass, since it runs
 * on each keystroke: a publication that fails only one facet still counts
 * towards that facet's other options.
 */
export function filterPublications(publications: FilterablePublication[], query: PublicationQuery): FilterResult {
  const text = foldForSearch(query.q.trim());
  const counts: Record<Facet, Map<string, number>> = { year: new Map(), venue: new Map(), topic: new Map() };
  const count = (facet: Facet, publication: FilterablePublication) => {
    for (const value of facetValues(publication, facet)) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  };
  let shownCount = 0;
  const shown = publications.map((publication) => {
    if (text && !publication.haystack.includes(text)) return false;
    const failed = failedFacets(publication, query);
    if (failed.length === 1 && failed[0]) count(failed[0], publication);
    if (failed.length > 0) return false;
    for (const facet of FACETS) count(facet, publication);
    shownCount += 1;
    return true;
  });
  return { shown, shownCount, counts };
}

/** "19 publications", or "3 of 19 publications" when a filter is on. */
export function countLabel(shown: number, total: number, filtered: boolean): string {
  const noun = total === 1 ? "publication" : "publications";
  return filtered ? `${shown} of ${total} ${noun}` : `${total} ${noun}`;
}
