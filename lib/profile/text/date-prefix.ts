import type { YearMonth } from "../model";
import { parsePeriod, parseYearMonth } from "./dates";

/** What opens a line of news: a date we read, something date-like we cannot read, or no date at all. */
export type DatePrefix =
  { kind: "date"; date: YearMonth; rest: string } | { kind: "unreadable"; written: string } | { kind: "none" };

// Symbols and emoji an author puts before the date ("🎯 July 24, 2025. …") stay with the text.
const LEAD = /^[^\p{L}\p{N}[【(]*/u;
const SEPARATOR = /^\s*(?:[:：]|[—–]|-(?=\s)|\|)?\s*/;

/** Labels ending at a closing bracket, a colon or a dash: "[05/2025]", "2024-05-12:", "May 2024 —". */
const LABELS = [
  /^[[【(]\s*([^\]】)\n]{1,40}?)\s*[\]】)]/,
  /^([^:：\n]{1,40}?)\s*[:：]/,
  /^([^—–\n]{1,40}?)\s*(?:[—–]|\s-\s)/,
];

// A date that ends where the text starts without any separator: "Sept 2024 I joined …", "July 24, 2025. We …",
// "October, 2020. One paper …".
const BARE_DATE =
  /^(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?,?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[/.]\d{4})(?=[\s.,;!]|$)[.,;]?/;

/**
 * The date a label starts at, and whether the label must stay in the text: a
 * range keeps its end there, and a day written as an ordinal ("18th") its day.
 * Under a year heading ("## 2022"), a label without a year ("18th Nov", "Nov") takes that year.
 */
function startOf(label: string, year: number | null): { date: YearMonth; keepsLabel: boolean } | null {
  const hasOrdinal = /\d(?:st|nd|rd|th)\b/i.test(label);
  const period = parsePeriod(label);
  if (!period?.start) {
    const dated = year !== null && !/\d{4}/.test(label) ? parseYearMonth(`${label.trim()} ${year}`) : null;
    return dated?.month ? { date: dated, keepsLabel: hasOrdinal } : null;
  }
  const { start, end } = period;
  const isRange = end === "present" || end?.year !== start.year || end.month !== start.month;
  return { date: start, keepsLabel: isRange || hasOrdinal };
}

/** Text after the date: its separator goes, the lead before the date stays. */
function after(lead: string, text: string): string {
  return lead + text.replace(SEPARATOR, "");
}

/**
 * The date that opens a line of news, in the forms real homepages use:
 * "May 2025: …", "[05/2025] …", "2024.05 …", "2024-05-12: …", "May 2024 — …",
 * "Sept 2024 …", "[2026] …", "**2026**：…" once the emphasis is unwrapped.
 */
export function readDatePrefix(text: string, year: number | null = null): DatePrefix {
  const lead = LEAD.exec(text)?.[0] ?? "";
  const body = text.slice(lead.length);
  for (const label of LABELS) {
    const match = label.exec(body);
    const start = match?.[1] ? startOf(match[1], year) : null;
    if (!match || !start) continue;
    // "Jun 2018 to Dec 2018: …" is dated by its start, and keeps the range written out.
    const rest = start.keepsLabel ? text : after(lead, body.slice(match[0].length));
    return { kind: "date", date: start.date, rest };
  }
  const bare = BARE_DATE.exec(body);
  const start = bare ? startOf(bare[0].replace(/[.,;]$/, ""), null) : null;
  if (bare && start) {
    return { kind: "date", date: start.date, rest: start.keepsLabel ? text : after(lead, body.slice(bare[0].length)) };
  }
  const written = LABELS.map((label) => label.exec(body)?.[0]).find((seen) => seen && looksLikeDate(seen));
  return written ? { kind: "unreadable", written: written.trim() } : { kind: "none" };
}

/** Digits and at most one word ("2025.xx", "[Fall 2022]"): meant as a date, even if we cannot read it. */
function looksLikeDate(label: string): boolean {
  const words = label
    .replace(/[^\p{L}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return label.trim().length <= 20 && /\d{2}/.test(label) && words.length <= 1;
}

/**
 * A whole label that should be a date: "[Jul. 2026]", "2024.05", "May 2024:".
 * Its rest is empty, or the label itself when it must stay shown (a range, an ordinal day).
 */
export function readDateLabel(label: string, year: number | null = null): DatePrefix {
  // An emoji inside the bold ("**🔥 2024.05**") decorates the date.
  const date = label
    .replace(LEAD, "")
    .replace(/[:：]\s*$/, "")
    .replace(/^[[【(]|[\]】)]$/g, "");
  const start = startOf(date, year);
  if (start) return { kind: "date", date: start.date, rest: start.keepsLabel ? label : "" };
  return looksLikeDate(label) ? { kind: "unreadable", written: label.trim() } : { kind: "none" };
}
