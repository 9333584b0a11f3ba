import type { Period, PeriodEnd, YearMonth } from "../model";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
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

const MONTH_YEAR = /^([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;
const ISO_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_SLASH_YEAR = /^(\d{1,2})[/.](\d{4})$/;
const YEAR = /^(\d{4})$/;

function validMonth(month: number): number | null {
  return month >= 1 && month <= 12 ? month : null;
}

/** "May 2025", "Sept. 2021", "2025-05", "05/2025" or "2025"; null for anything else. */
export function parseYearMonth(text: string): YearMonth | null {
  const value = text.trim().replace(/^\*+|\*+$/g, "");
  const named = MONTH_YEAR.exec(value);
  if (named?.[1] && named[2]) {
    const month = monthFromName(named[1]);
    return month === null ? null : { year: Number(named[2]), month };
  }
  const iso = ISO_MONTH.exec(value) ?? null;
  if (iso?.[1] && iso[2]) {
    const month = validMonth(Number(iso[2]));
    return month === null ? null : { year: Number(iso[1]), month };
  }
  const slash = MONTH_SLASH_YEAR.exec(value);
  if (slash?.[1] && slash[2]) {
    const month = validMonth(Number(slash[1]));
    return month === null ? null : { year: Number(slash[2]), month };
  }
  const year = YEAR.exec(value);
  return year?.[1] ? { year: Number(year[1]), month: null } : null;
}

const PRESENT = /^(now|present|current|today|ongoing|till now|to date)$/i;
// A bare "-" separates only after a year ("Sep 2018-Jun 2023"), so "2025-05" stays one date.
const RANGE_SEPARATOR = /\s*(?:–|—|--|\bto\b|\buntil\b)\s*|\s+-\s+|(?<=\d{4})-(?=[A-Za-z]|\d{4}\b)/i;

function parsePeriodEnd(text: string): PeriodEnd | null {
  return PRESENT.test(text.trim()) ? "present" : parseYearMonth(text);
}

/** "Sep 2018 - Jun 2023", "May 2025 – Now", "2018–2023", "2021"; null when it is not a date range. */
export function parsePeriod(text: string): Period | null {
  const value = text.trim().replace(/^\(|\)$/g, "");
  const compactYears = /^(\d{4})-(\d{4})$/.exec(value);
  const parts = compactYears ? [compactYears[1] ?? "", compactYears[2] ?? ""] : value.split(RANGE_SEPARATOR);
  if (parts.length === 1) {
    const single = parseYearMonth(value);
    return single ? { start: single, end: single } : null;
  }
  if (parts.length !== 2) return null;
  const start = parseYearMonth(parts[0] ?? "");
  const end = parsePeriodEnd(parts[1] ?? "");
  return start && end ? { start, end } : null;
}
