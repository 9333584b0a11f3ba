import type { PublicationStatistics, YearBar } from "./statistics";
import { venueKindLegend } from "./venue-kinds";

/** "2024", or "2020–24" for a bar that covers several years. */
export function yearBarLabel({ firstYear, lastYear }: YearBar): string {
  return firstYear === lastYear ? String(firstYear) : `${firstYear}–${String(lastYear).slice(-2)}`;
}

export function papers(count: number): string {
  return `${count} ${count === 1 ? "paper" : "papers"}`;
}

function barSentence(bar: YearBar): string {
  const kinds = bar.byKind
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => `${count} ${venueKindLegend(kind).toLowerCase()}`);
  return `${yearBarLabel(bar)}: ${papers(bar.total)}${kinds.length > 0 ? ` (${kinds.join(", ")})` : ""}.`;
}

/** The figure's description for screen readers: every count the bars show, oldest first. */
export function statisticsDescription({ bars, undated, yearsPerBar }: PublicationStatistics): string {
  const unit = yearsPerBar === 1 ? "year" : `${yearsPerBar} years`;
  return [
    `Papers per ${unit}, by kind of venue.`,
    ...bars.map(barSentence),
    ...(undated > 0 ? [`Not shown: ${papers(undated)} without a year.`] : []),
  ].join(" ");
}
