import type { Period, PeriodEnd, YearMonth } from "../model";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** Month number (1–12) for a full or abbreviated English month name ("Sep", "Sept.", "September"). */
export function monthFromName(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, "");
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.toLowerCase().startsWith(word));
  return index === -1 ? null : index + 1;
}

export function monthName(month: number, style: "long" | "short" = "short"): string {
  const name = MONTHS[month - 1] ?? "";
  return style === "long" ? name : name.slice(0, 3);
}

/** "May 2025", or "2021" when no month was written. */
export function formatYearMonth(date: YearMonth, style: "long" | "short" = "short"): string {
  return date.month === null ? String(date.year) : `${monthName(date.month, style)} ${date.year}`;
}

function formatPeriodEnd(end: PeriodEnd): string {
  return end === "present" ? "Present" : formatYearMonth(end);
}

/** "Sep 2018 – Jun 2023", "May 2025 – Present". */
export function formatPeriod(period: Period): string {
  const parts = [period.start && formatYearMonth(period.start), period.end && formatPeriodEnd(period.end)];
  return parts.filter((part): part is string => Boolean(part)).join(" – ");
}

/** Machine-readable form for <time dateTime>: "2025-05" or "2025". */
export function isoYearMonth(date: YearMonth): string {
  return date.month === null ? String(date.year) : `${date.year}-${String(date.month).padStart(2, "0")}`;
}
