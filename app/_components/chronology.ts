import type { UnparsedEntry, Update, YearMonth } from "@/lib/profile";

/** An entry together with the unparsed notes the author wrote right below it. */
export interface AnnotatedEntry<T> {
  entry: T;
  notes: UnparsedEntry[];
}

export interface AnnotatedList<T> {
  /** Notes written before the first entry, such as "* equal contribution". */
  preface: UnparsedEntry[];
  entries: AnnotatedEntry<T>[];
}

function isUnparsed<T extends { kind: string }>(item: T | UnparsedEntry): item is UnparsedEntry {
  return item.kind === "unparsed";
}

/**
 * Ties each unparsed note to the entry above it, so that re-ordering entries
 * (newest first, by year) still shows every note in place next to its entry.
 */
export function annotate<T extends { kind: string }>(items: ReadonlyArray<T | UnparsedEntry>): AnnotatedList<T> {
  const list: AnnotatedList<T> = { preface: [], entries: [] };
  for (const item of items) {
    const previous = list.entries.at(-1);
    if (!isUnparsed(item)) list.entries.push({ entry: item, notes: [] });
    else if (previous) previous.notes.push(item);
    else list.preface.push(item);
  }
  return list;
}

function monthIndex(date: YearMonth): number {
  return date.year * 12 + (date.month ?? 0);
}

/** Newest first; stable, so updates from the same month keep the author's order. */
export function byNewestUpdate(a: AnnotatedEntry<Update>, b: AnnotatedEntry<Update>): number {
  return monthIndex(b.entry.date) - monthIndex(a.entry.date);
}

/** Newest year first, undated last; stable, so each year keeps the author's order. */
export function byNewestPublication(a: { year: number | null }, b: { year: number | null }): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || 0;
}

export interface YearGroup<T, Y extends number | null = number | null> {
  /** null for entries without a year. */
  year: Y;
  items: T[];
}

/** Groups items already sorted newest first into consecutive runs of one year. */
export function groupByYear<T, Y extends number | null>(
  items: ReadonlyArray<T>,
  yearOf: (item: T) => Y,
): YearGroup<T, Y>[] {
  const groups: YearGroup<T, Y>[] = [];
  for (const item of items) {
    const year = yearOf(item);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
