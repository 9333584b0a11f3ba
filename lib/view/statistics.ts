import type { Publication, VenueKind } from "../profile/model";
import { isFirstAuthor, sharesEqualContribution } from "./authorship";
import { coAuthors } from "./co-authors";
import { VENUE_KINDS, venueKindOf } from "./venue-kinds";

/** One bar of the papers-per-year figure: a year, or a span of years when there are too many to show one by one. */
export interface YearBar {
  firstYear: number;
  lastYear: number;
  /** Papers of each kind, in VENUE_KINDS order, every kind present (0 when none). */
  byKind: Array<{ kind: VenueKind; count: number }>;
  total: number;
  /** The newest year a paper in the bar has, which the list has a heading for; null for an empty bar. */
  newestYear: number | null;
}

export interface PublicationStatistics {
  total: number;
  /** The owner first, or among the equal contributors who lead the list. */
  firstAuthor: number;
  /** The owner marked as an equal contributor. */
  equalContribution: number;
  venues: number;
  coAuthors: number;
  undated: number;
  /** Oldest first, every year (or span) from the first paper to the last, empty ones included. */
  bars: YearBar[];
  /** How many years each bar covers: 1, or more for a record of many decades. */
  yearsPerBar: number;
  /** The kinds some dated paper has (those the bars show), in VENUE_KINDS order. */
  kinds: VenueKind[];
}

/** More bars than this would crowd a phone's screen, so years are put together. */
export const MAX_BARS = 25;
const SPANS = [1, 2, 5, 10, 20, 50, 100];

/** The smallest round span that keeps the bars within MAX_BARS, bars starting on its multiples (2000–2004). */
export function yearsPerBar(firstYear: number, lastYear: number): number {
  const fits = (span: number) => Math.floor(lastYear / span) - Math.floor(firstYear / span) + 1 <= MAX_BARS;
  return SPANS.find(fits) ?? Math.ceil((lastYear - firstYear + 1) / MAX_BARS);
}

type Dated = Publication & { year: number };

// A reduce, not Math.min(...years): a record of tens of thousands of papers would overflow the call's arguments.
const earliest = (dated: readonly Dated[]) => dated.reduce((min, { year }) => Math.min(min, year), Infinity);
const latest = (dated: readonly Dated[]) => dated.reduce((max, { year }) => Math.max(max, year), -Infinity);

function yearBars(dated: readonly Dated[], span: number): YearBar[] {
  if (dated.length === 0) return [];
  const first = Math.floor(earliest(dated) / span) * span;
  const last = latest(dated);
  const bars: YearBar[] = [];
  for (let start = first; start <= last; start += span) {
    const byKind = VENUE_KINDS.map((kind) => ({ kind, count: 0 }));
    bars.push({ firstYear: start, lastYear: Math.min(start + span - 1, last), byKind, total: 0, newestYear: null });
  }
  for (const publication of dated) {
    const bar = bars[Math.floor((publication.year - first) / span)];
    const kind = bar?.byKind.find(({ kind }) => kind === venueKindOf(publication));
    if (!bar || !kind) continue;
    kind.count += 1;
    bar.total += 1;
    bar.newestYear = Math.max(bar.newestYear ?? publication.year, publication.year);
  }
  return bars;
}

const isDated = (publication: Publication): publication is Dated => publication.year !== null;

/** The figures of a publication record, counted from the model. */
export function publicationStatistics(publications: readonly Publication[]): PublicationStatistics {
  const dated = publications.filter(isDated);
  const span = dated.length === 0 ? 1 : yearsPerBar(earliest(dated), latest(dated));
  const kinds = new Set(dated.map(venueKindOf));
  return {
    total: publications.length,
    firstAuthor: publications.filter(isFirstAuthor).length,
    equalContribution: publications.filter(sharesEqualContribution).length,
    venues: new Set(publications.flatMap(({ venue }) => (venue ? [venue.short] : []))).size,
    coAuthors: coAuthors(publications).length,
    undated: publications.length - dated.length,
    bars: yearBars(dated, span),
    yearsPerBar: span,
    kinds: VENUE_KINDS.filter((kind) => kinds.has(kind)),
  };
}
