import type { Publication, ResearchArea } from "../profile/model";
import { isFirstAuthor } from "./authorship";
import { UNDATED } from "./publication-query";
import { topicSlug, topicsOf } from "./topics";

/**
 * The facets of the publication filter, one row each. Everything else reads
 * this table: the page computes each publication's values and each control's
 * options from it, and the filter's controls, counts, ids and URL parameters
 * follow its rows. Adding a facet is adding a row (and its test).
 */

/** What facets read besides a publication: the research areas, which name the topics. */
export interface FacetSource {
  areas: readonly ResearchArea[];
}

export interface FacetOption {
  /** As the URL carries it: "2024", "ICML", a research area's slug. */
  value: string;
  label: string;
}

interface Facet {
  /** The URL parameter ("?venue=ICML"), which also names the facet in a query and in its control's id. */
  param: string;
  /** The control's label. */
  label: string;
  /** The option that turns the facet off. */
  anyLabel: string;
  /** How long option labels run (a year, a research area's title): a long one gets a wider control. */
  optionLength: "short" | "long";
  /** The values a publication is filed under; with none, only the "any" option shows it. */
  valuesOf(publication: Publication, source: FacetSource): readonly string[];
  /** The options the control offers, in order, given every value some publication has. */
  options(values: string[], source: FacetSource): FacetOption[];
}

/** The value of a highlighted paper: "?highlight=1". */
const HIGHLIGHTED = "1";

const yearRank = (value: string) => (value === UNDATED ? -Infinity : Number(value));

export const FACETS = [
  {
    param: "year",
    label: "Year",
    anyLabel: "All years",
    optionLength: "short",
    valuesOf: ({ year }) => [year === null ? UNDATED : String(year)],
    // As the list runs: newest first, undated last.
    options: (values) =>
      values
        .toSorted((a, b) => yearRank(b) - yearRank(a))
        .map((value) => ({ value, label: value === UNDATED ? "Undated" : value })),
  },
  {
    param: "venue",
    label: "Venue",
    anyLabel: "All venues",
    optionLength: "short",
    valuesOf: ({ venue }) => (venue ? [venue.short] : []),
    options: (values) => values.toSorted((a, b) => a.localeCompare(b)).map((value) => ({ value, label: value })),
  },
  {
    param: "topic",
    label: "Topic",
    anyLabel: "All topics",
    optionLength: "long",
    valuesOf: ({ topics }, { areas }) => topics.map((title) => topicSlug(title, areas)),
    // Every research area in the author's order, even one no publication is filed under yet.
    options: (_, { areas }) => topicsOf(areas).map(({ slug, title }) => ({ value: slug, label: title })),
  },
  {
    param: "role",
    label: "Role",
    anyLabel: "Any role",
    optionLength: "long",
    valuesOf: (publication) => (isFirstAuthor(publication) ? ["first"] : []),
    // Offered even when no paper has it yet, so that a link with ?role=first always means the same.
    options: () => [{ value: "first", label: "First author" }],
  },
  {
    param: "highlight",
    label: "Highlights",
    anyLabel: "All papers",
    optionLength: "short",
    // An oral, a spotlight, an award: any distinction the author wrote beside the paper.
    valuesOf: ({ badges }) => (badges.length > 0 ? [HIGHLIGHTED] : []),
    options: (values) => values.map((value) => ({ value, label: "Highlighted" })),
  },
] as const satisfies readonly Facet[];

export type FacetParam = (typeof FACETS)[number]["param"];

/** One value per facet; Object.fromEntries cannot know its keys are the table's params. */
function byFacet<T>(value: (facet: Facet) => T): Record<FacetParam, T> {
  return Object.fromEntries(FACETS.map((facet) => [facet.param, value(facet)])) as Record<FacetParam, T>;
}

/** A publication's values under every facet. */
export function facetValues(publication: Publication, source: FacetSource): Record<FacetParam, readonly string[]> {
  return byFacet((facet) => facet.valuesOf(publication, source));
}

/** A facet's control as the browser needs it: plain data, with its options worked out on the server. */
export interface FacetControl {
  param: FacetParam;
  label: string;
  anyLabel: string;
  optionLength: "short" | "long";
  options: FacetOption[];
}

/**
 * Every facet's control, in the table's order, with the options the
 * publications call for; a facet with no option (no paper is highlighted) has
 * no control, which could only show everything.
 */
export function facetControls(publications: readonly Publication[], source: FacetSource): FacetControl[] {
  return FACETS.flatMap(({ param, label, anyLabel, optionLength, valuesOf, options }) => {
    const values = [...new Set(publications.flatMap((publication) => valuesOf(publication, source)))];
    const offered = options(values, source);
    return offered.length > 0 ? [{ param, label, anyLabel, optionLength, options: offered }] : [];
  });
}
