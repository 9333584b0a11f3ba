/**
 * What a page lists, and in what order: the profile turned into the view the
 * pages render (no React). app/ imports lib/view through this module, except
 * the client island, which imports the one module it runs (see its comment).
 */
export { foldAuthors, GAP, type AuthorFolding } from "./author-folding";
export { byNewestDate, byNewestYear, groupByYear, type YearGroup } from "./chronology";
export { currentRole } from "./current-role";
export { facetControls, facetValues, type FacetControl, type FacetSource } from "./facets";
export { headedSections, type HeadedSection } from "./section-headings";
export { publicationSearchText } from "./search-text";
export { topicSlug, topicsOf, type Topic } from "./topics";
export { attachUnparsed, type EntriesWithUnparsed, type EntryWithUnparsed } from "./unparsed";
