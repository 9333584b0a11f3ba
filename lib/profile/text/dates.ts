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
function monthFromName(name: string): number | null {
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
// "May 12, 2024", "12 May 2024", "18th Nov. 2023": the site shows months, so the day is read past.
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_MONTH_YEAR = /^\d{1,2}(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;
const YEAR_MONTH_NAME = /^(\d{4})[\s.,/-]+([A-Za-z]{3,9})\.?$/;
const ISO_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const ISO_DAY = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const MONTH_SLASH_YEAR = /^(\d{1,2})[/.](\d{4})$/;
const CJK_YEAR_MONTH = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?$/;
const YEAR = /^(\d{4})$/;

function validMonth(month: number): number | null {
  return month >= 1 && month <= 12 ? month : null;
}

function named(monthWord: string | undefined, year: string | undefined): YearMonth | null {
  const month = monthWord ? monthFromName(monthWord) : null;
  return month === null || !year ? null : { year: Number(year), month };
}

function numbered(month: string | undefined, year: string | undefined): YearMonth | null {
  const valid = validMonth(Number(month));
  return valid === null || !year ? null : { year: Number(year), month: valid };
}

/** The forms a date is written in, each giving its month and year, tried in turn. */
const READERS: Array<(value: string) => YearMonth | null> = [
  (value) => {
    const match = MONTH_YEAR.exec(value) ?? MONTH_DAY_YEAR.exec(value);
    return match ? named(match[1], match[2]) : null;
  },
  (value) => {
    const match = DAY_MONTH_YEAR.exec(value);
    return match ? named(match[1], match[2]) : null;
  },
  (value) => {
    const match = YEAR_MONTH_NAME.exec(value);
    return match ? named(match[2], match[1]) : null;
  },
  (value) => {
    const match = ISO_MONTH.exec(value);
    return match ? numbered(match[2], match[1]) : null;
  },
  (value) => {
    const match = ISO_DAY.exec(value);
    const day = Number(match?.[4]);
    return match && day >= 1 && day <= 31 ? numbered(match[3], match[1]) : null;
  },
  (value) => {
    const match = MONTH_SLASH_YEAR.exec(value);
    return match ? numbered(match[1], match[2]) : null;
  },
  (value) => {
    const match = CJK_YEAR_MONTH.exec(value);
    return match ? numbered(match[2], match[1]) : null;
  },
  (value) => {
    const match = YEAR.exec(value);
    return match?.[1] ? { year: Number(match[1]), month: null } : null;
  },
];

/**
 * "May 2025", "Sept. 2021", "May 12, 2024", "2025-05", "2024.05", "2024-05-12", "05/2025", "2025 Sept",
 * "2025年5月" or "2025", alone or set in emphasis or brackets; null for anything else.
 */
export function parseYearMonth(text: string): YearMonth | null {
  const value = text
    .trim()
    .replace(/^[*_[(【\s]+|[*_\])】:：\s]+$/g, "")
    .trim();
  for (const read of READERS) {
    const date = read(value);
    if (date) return date;
  }
  return null;
}

const PRESENT = /^(now|present|current|today|ongoing|till now|to date)$/i;
// A bare "-" separates only after a year ("Sep 2018-Jun 2023"), so "2025-05" stays one date.
// So does one after a dotted month ("2024.09-2025.06").
const RANGE_SEPARATOR =
  /\s*(?:–|—|--|~|\bto\b|\buntil\b)\s*|\s+-\s+|(?<=\d{4})-(?=[A-Za-z]|\d{4}\b)|(?<=\d{4}[./]\d{1,2})-(?=\d{4}|[A-Za-z])/i;

function parsePeriodEnd(text: string): PeriodEnd | null {
  return PRESENT.test(text.trim().replace(/[.*_\])】]+$/, "")) ? "present" : parseYearMonth(text);
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

const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?`;
const DATE_IN_TEXT = String.raw`(?:${MONTH_WORD},?\s+\d{4}|\d{4}[-/.]\d{1,2}(?!\d)|\d{1,2}/\d{4}|\d{4})`;
const END_IN_TEXT = String.raw`(?:${DATE_IN_TEXT}|present|now|current|today|ongoing)`;
/** A date range anywhere in a line: "…, Sep 2018 - Jun 2023", "*2024.09 - Present*, …", "[2021.09 - 2023.09]--…". */
const RANGE_IN_TEXT = new RegExp(
  String.raw`(?<![\w.])${DATE_IN_TEXT}\s*(?:–|—|--|-|~|\bto\b|\buntil\b)\s*${END_IN_TEXT}(?![\w])`,
  "gi",
);
const PART_SEPARATOR = /\s*(?:[,|·;]|\s[-–—]{1,2}\s|--|—)\s*(?![^()]*\))/;
const WRAPPERS = /^[\s[(【*_`]*|[\s\])】*_`.:：]*$/g;
// "1989: Engineering degree from …", "2018. Grade: 17/20": a date that opens a part, ended by a colon or a full stop.
// Its words are short ("2018", "Sept 2020"), so a long line costs no more than a short one.
const OPENING_DATE = /^(\S{1,12}?(?:\s\S{1,12}?)?)\s*(?:[:：]|\.(?=\s))/;

export interface PeriodInText {
  period: Period;
  /** The line with the period taken out. */
  rest: string;
}

function cut(text: string, start: number, end: number): string {
  // Brackets, parentheses and emphasis marks around the period go with it: "[2024.06 - present]--Role".
  const before = text.slice(0, start).replace(/[[(【*_`]+$/, "");
  const after = text.slice(end).replace(/^[\])】*_`]+/, "");
  return `${before} ${after}`
    .replace(/^[\s,|·;:：.–—-]+|[\s,|·;:：–—-]+$/g, "")
    .replace(/\s+([,;])/g, "$1")
    .replace(/([,;|·])\s*[,;|·:]+/g, "$1")
    .trim();
}

/**
 * The period a line of experience or education names, wherever it stands:
 * a range anywhere, or a single date that is a part of its own ("…, 2021").
 */
export function findPeriod(text: string): PeriodInText | null {
  for (const match of text.matchAll(RANGE_IN_TEXT)) {
    const period = parsePeriod(match[0]);
    if (period) return { period, rest: cut(text, match.index, match.index + match[0].length) };
  }
  let offset = 0;
  for (const part of text.split(PART_SEPARATOR)) {
    const start = text.indexOf(part, offset);
    offset = start + part.length;
    // "2018 (expected)": the remark after the date stays in the text.
    const written = /^(.*?)\s*(?:\([^()]*\)\.?)?$/.exec(part)?.[1] ?? part;
    const single = parseYearMonth(written.replace(WRAPPERS, ""));
    if (single && /\d{4}/.test(written)) {
      return { period: { start: single, end: single }, rest: cut(text, start, start + written.length) };
    }
    const opening = OPENING_DATE.exec(part);
    const label = opening?.[1] ?? "";
    const leading = opening && /\d{4}/.test(label) ? parseYearMonth(label.replace(WRAPPERS, "")) : null;
    if (opening && leading) {
      return { period: { start: leading, end: leading }, rest: cut(text, start, start + opening[0].length) };
    }
  }
  return null;
}

/** Split "Org, Role, City" at commas, "|", "·" and spaced dashes, but not inside parentheses. */
export function splitParts(text: string): string[] {
  const parts = text
    .split(PART_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  // A remark left alone once its date went to the period ("…, 2018 (expected)") joins the part before it.
  return parts.reduce<string[]>((joined, part) => {
    const last = joined.at(-1);
    if (last !== undefined && /^\([^()]*\)\.?$/.test(part)) joined[joined.length - 1] = `${last} ${part}`;
    else joined.push(part);
    return joined;
  }, []);
}
