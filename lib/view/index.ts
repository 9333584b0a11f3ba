/**
 * What a page lists, and in what order: the profile turned into the view the
 * pages render (no React). app/ imports lib/view through this module, except
 * the client island, which imports the one module it runs (see its comment).
 */
export { foldAuthors, GAP, type AuthorFolding } from "./author-folding";
export { authorMarksOf, isFirstAuthor, usesAnyMark, sharesEqualContribution, type AuthorMarks } from "./authorship";
export { byNewestDate, byNewestYear, groupByYear, type YearGroup } from "./chronology";
export { coAuthors, type CoAuthor } from "./co-authors";
export { currentRole } from "./current-role";
export { curriculumVitae, type CurriculumVitae, type CvOtherSection, type CvPublicationGroup } from "./cv";
export { DEFAULT_CV_OPTIONS, readCvOptions, type CvOptions } from "./cv-options";
export { facetControls, facetValues, type FacetControl, type FacetSource } from "./facets";
export { headedSections, type HeadedSection } from "./section-headings";
export { publicationsHref, yearBarHref, yearHref } from "./publication-links";
export { publicationSearchText } from "./search-text";
export { papers, statisticsDescription, yearBarLabel } from "./statistics-text";
export { MAX_BARS, publicationStatistics, type PublicationStatistics, type YearBar } from "./statistics";
export { topicSlug, topicsOf, type Topic } from "./topics";
export { attachUnparsed, type EntriesWithUnparsed, type EntryWithUnparsed } from "./unparsed";
export { VENUE_KINDS, venueKindHeading, venueKindLegend, venueKindOf } from "./venue-kinds";
