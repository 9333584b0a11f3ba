import type { YearMonth } from "../profile/model";

function monthIndex(date: YearMonth): number {
  return date.year * 12 + (date.month ?? 0);
}

/** Newest first; stable, so updates from the same month keep the author's order. */
export function byNewestDate(a: { date: YearMonth }, b: { date: YearMonth }): number {
  return monthIndex(b.date) - monthIndex(a.date);
}

/** Newest year first, undated last; stable, so each year keeps the author's order. */
export function byNewestYear(a: { year: number | null }, b: { year: number | null }): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || 0;
}

export interface YearGroup<T, Y extends number | null = number | null> {
  /** null for entries without a year. */
  year: Y;
  items: T[];
}

/** Groups values already sorted newest first into consecutive runs of one year. */
export function groupByYear<T, Y extends number | null>(
  values: ReadonlyArray<T>,
  yearOf: (value: T) => Y,
): YearGroup<T, Y>[] {
  const groups: YearGroup<T, Y>[] = [];
  for (const value of values) {
    const year = yearOf(value);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(value);
    else groups.push({ year, items: [value] });
  }
  return groups;
}
