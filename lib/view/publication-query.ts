import type { FacetParam } from "./facets";
import { foldForSearch } from "./search-text";

/**
 * The publication filter's query and how it picks publications. Runs in the
 * browser on every keystroke, so it imports nothing but the fold it shares
 * with the server; the facets' params come from their controls (facets.ts).
 */

/** The URL parameter of the search text. */
export const SEARCH_PARAM = "q";

export type QueryParam = typeof SEARCH_PARAM | FacetParam;

/** The year an undated publication is filed under: "?year=none". */
export const UNDATED = "none";

/** The id of a year's heading in the list, which links to that year land on: "publications-2024". */
export function yearAnchor(year: number | null): string {
  return `publications-${year ?? UNDATED}`;
}

/** The URL query of /publications; "" (or absent) means that part of the filter is off. */
export interface PublicationQuery {
  text: string;
  /** The chosen option of each facet, by its URL parameter. */
  chosen: Partial<Record<FacetParam, string>>;
}

export const NO_QUERY: PublicationQuery = { text: "", chosen: {} };

/** What the filter needs of a publication, worked out on the server. */
export interface FacetedPublication {
  id: string;
  /** Title, authors and venue, folded (publicationSearchText). */
  searchText: string;
  /** Its values under each facet. */
  values: Readonly<Record<FacetParam, readonly string[]>>;
}

export function parseQuery(search: string, facets: readonly FacetParam[]): PublicationQuery {
  const params = new URLSearchParams(search);
  const chosen: PublicationQuery["chosen"] = {};
  for (const facet of facets) {
    const value = params.get(facet);
    if (value) chosen[facet] = value;
  }
  return { text: params.get(SEARCH_PARAM) ?? "", chosen };
}

/** "?q=…&year=…", with empty parameters left out; "" when nothing is set. */
export function formatQuery({ text, chosen }: PublicationQuery): string {
  const params = new URLSearchParams(text ? [[SEARCH_PARAM, text]] : []);
  for (const [facet, value] of Object.entries(chosen)) if (value) params.set(facet, value);
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function isFiltered({ text, chosen }: PublicationQuery): boolean {
  return Boolean(text || Object.values(chosen).some(Boolean));
}

export interface FilterResult {
  /** Whether each publication, by index, passes every filter. */
  matches: boolean[];
  matchCount: number;
  /** For each facet, how many publications each of its values would show, given the other active filters. */
  counts: ReadonlyMap<FacetParam, ReadonlyMap<string, number>>;
}

/**
 * Applies the query and counts every facet's options in one pass, since it
 * runs on each keystroke: a publication that fails only one facet still
 * counts towards that facet's other options.
 */
export function filterPublications(
  publications: readonly FacetedPublication[],
  query: PublicationQuery,
  facets: readonly FacetParam[],
): FilterResult {
  const text = foldForSearch(query.text.trim());
  const active = facets.flatMap((facet) => {
    const value = query.chosen[facet];
    return value ? [{ facet, value }] : [];
  });
  const counts = new Map(facets.map((facet) => [facet, new Map<string, number>()]));
  const count = (facet: FacetParam, publication: FacetedPublication) => {
    const byValue = counts.get(facet);
    for (const value of publication.values[facet]) byValue?.set(value, (byValue.get(value) ?? 0) + 1);
  };
  let matchCount = 0;
  const matches = publications.map((publication) => {
    if (text && !publication.searchText.includes(text)) return false;
    const failed = active.filter(({ facet, value }) => !publication.values[facet].includes(value));
    if (failed.length === 1 && failed[0]) count(failed[0].facet, publication);
    if (failed.length > 0) return false;
    for (const facet of facets) count(facet, publication);
    matchCount += 1;
    return true;
  });
  return { matches, matchCount, counts };
}

/** "19 publications", or "3 of 19 publications" when a filter is on. */
export function countLabel(matched: number, total: number, filtered: boolean): string {
  const noun = total === 1 ? "publication" : "publications";
  return filtered ? `${matched} of ${total} ${noun}` : `${total} ${noun}`;
}
