import type { ReactNode } from "react";

/** One publication, already rendered on the server; the filter only decides whether to show it. */
export interface FilterablePublication {
  id: string;
  year: number | null;
  /** venue.short as written, e.g. "ICML". */
  venue: string | null;
  /** Research-area slugs. */
  topics: string[];
  /** Title, authors and venue, folded with foldAccents. */
  haystack: string;
  node: ReactNode;
}

export interface TopicOption {
  slug: string;
  title: string;
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

export type Facet = "year" | "venue" | "topic";

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

/** Whether a publication passes every filter but `ignore`; `foldedText` is query.q folded with foldAccents. */
export function matches(
  publication: FilterablePublication,
  query: PublicationQuery,
  foldedText: string,
  ignore?: Facet,
): boolean {
  return (
    (ignore === "year" || !query.year || yearValue(publication.year) === query.year) &&
    (ignore === "venue" || !query.venue || publication.venue === query.venue) &&
    (ignore === "topic" || !query.topic || publication.topics.includes(query.topic)) &&
    (!foldedText || publication.haystack.includes(foldedText))
  );
}

/** How many publications each option of `facet` would show, given the other active filters. */
export function facetCounts(
  publications: FilterablePublication[],
  query: PublicationQuery,
  foldedText: string,
  facet: Facet,
  valuesOf: (publication: FilterablePublication) => string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const publication of publications) {
    if (!matches(publication, query, foldedText, facet)) continue;
    for (const value of valuesOf(publication)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** "19 publications", or "3 of 19 publications" when a filter is on. */
export function countLabel(shown: number, total: number, filtered: boolean): string {
  const noun = total === 1 ? "publication" : "publications";
  return filtered ? `${shown} of ${total} ${noun}` : `${total} ${noun}`;
}
