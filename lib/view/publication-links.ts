import { pageHref, PUBLICATIONS_PATH } from "../publishing/paths";
import type { YearBar } from "./statistics";
import { formatQuery, NO_QUERY, UNDATED, yearAnchor, type PublicationQuery } from "./publication-query";

/**
 * A link to /publications filtered by the query, as the filter itself writes
 * it in the URL. The page is prerendered whole, so without JavaScript the
 * query is ignored and the anchor is what lands the reader in the right place.
 */
export function publicationsHref(query: Partial<PublicationQuery>, anchor?: string): string {
  const search = formatQuery({ ...NO_QUERY, ...query });
  return `${pageHref(PUBLICATIONS_PATH)}${search}${anchor ? `#${anchor}` : ""}`;
}

/** The list filtered to one year, landing on that year's heading. */
export function yearHref(year: number | null): string {
  return publicationsHref({ chosen: { year: year === null ? UNDATED : String(year) } }, yearAnchor(year));
}

/**
 * Where a bar of the papers-per-year figure leads: its year, filtered; for a
 * bar of several years, which no one filter value selects, the newest of
 * them in the whole list. An empty bar leads nowhere.
 */
export function yearBarHref({ firstYear, lastYear, newestYear }: YearBar): string | null {
  if (newestYear === null) return null;
  return firstYear === lastYear ? yearHref(newestYear) : publicationsHref({}, yearAnchor(newestYear));
}
