import type { YearMonth } from "../model";
import { parsePeriod } from "./dates";

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

// A date that ends where the text starts without any separator: "Sept 2024 I joined …", "July 24, 2025. We …".
const BARE_DATE =
  /^(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[/.]\d{4})(?=[\s.,;!]|$)[.,;]?/;

function startOf(label: string): YearMonth | null {
  return parsePeriod(label)?.start ?? null;
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
export function readDatePrefix(text: string): DatePrefix {
  const lead = LEAD.exec(text)?.[0] ?? "";
  const body = text.slice(lead.length);
  for (const label of LABELS) {
    const match = label.exec(body);
    const date = match?.[1] ? startOf(match[1]) : null;
    if (match && date) return { kind: "date", date, rest: after(lead, body.slice(match[0].length)) };
  }
  const bare = BARE_DATE.exec(body);
  const date = bare ? startOf(bare[0].replace(/[.,;]$/, "")) : null;
  if (bare && date) return { kind: "date", date, rest: after(lead, body.slice(bare[0].length)) };
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

/** A whole label that should be a date: "[Jul. 2026]", "2024.05", "May 2024:". */
export function readDateLabel(label: string): DatePrefix {
  const date = startOf(label.replace(/[:：]\s*$/, "").replace(/^[[【(]|[\]】)]$/g, ""));
  if (date) return { kind: "date", date, rest: "" };
  return looksLikeDate(label) ? { kind: "unreadable", written: label.trim() } : { kind: "none" };
}
