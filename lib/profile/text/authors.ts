import { foldAccents } from "./fold";
import type { Author } from "../model";

/** What a mark after an author's name means. */
export type AuthorRole = "equal" | "corresponding";

/** Each mark an author list uses, with its meaning: read from the page's legend, else the common convention. */
export type MarkLegend = ReadonlyMap<string, AuthorRole>;

const DEFAULT_MARKS: MarkLegend = new Map<string, AuthorRole>([
  ["*", "equal"],
  ["#", "equal"],
  ["†", "corresponding"],
  ["‡", "corresponding"],
  ["✉", "corresponding"],
]);

// One mark as authors write it: `$^{\*}$` (LaTeX, as the seed writes it), `$^\dagger$`, `^*`, a bare `*`, `†` or `#`.
const MARK = String.raw`(?:\$\^\{?\\?(?:[*∗†‡#]|\\d?dagger)\}?\$|\^\{?\\?[*∗†‡#]\}?|\\?[*∗†‡#✉])`;
const TRAILING_MARKS = new RegExp(String.raw`(?:\s*${MARK})+\s*$`);
const SEPARATOR = /\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+/;

export function normalizeName(name: string): string {
  return foldAccents(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function stripTrailingPeriod(text: string): string {
  // Keep the period of a trailing initial ("Smith J."); drop a sentence's end.
  return /(?:^|\s)[A-Z]\.$/.test(text) ? text : text.replace(/\.\s*$/, "");
}

/** "$^\dagger$" → "†", "∗" → "*": the marks written in a name's tail, each in its plain form. */
function marksIn(tail: string): string[] {
  return [...tail.matchAll(/\\ddagger|\\dagger|[*∗†‡#✉]/g)].map(([mark]) =>
    mark === "\\ddagger" ? "‡" : mark === "\\dagger" ? "†" : mark === "∗" ? "*" : mark,
  );
}

export interface WrittenAuthor {
  name: string;
  equalContribution: boolean;
  corresponding: boolean;
}

// "Duarte, I., Okoro, B. & Lind, K.": surnames first, each followed by its initials.
const SURNAME_FIRST = /(\p{Lu}[\p{L}'’-]+(?:\s[\p{L}'’-]+)*),\s*((?:\p{Lu}\.\s*-?\s*)+)/gu;

/** The names of a surname-first list, turned around ("I. Duarte"), or null when the list is not one. */
function surnameFirst(line: string): string[] | null {
  // Most lists are "First Last, …": skip the costly match unless the line has ", X." initials.
  if (!/,\s*\p{Lu}\./u.test(line)) return null;
  const names = [...line.matchAll(SURNAME_FIRST)];
  const rest = line
    .replace(SURNAME_FIRST, "")
    .replace(/,|&|\band\b|\.{3}|…/g, "")
    .trim();
  if (names.length === 0 || rest !== "") return null;
  return names.map(([, surname = "", initials = ""]) => `${initials.trim()} ${surname}`);
}

/** The remarks an author list carries besides names ("[the corresponding author]"), to be shown with the entry. */
export function authorRemarks(line: string): string[] {
  return [...new Set([...line.matchAll(ROLE_REMARK)].map(([remark]) => remark.trim()))];
}

/** Split "A, B$^{*}$, and C†." into names, each with the marks after it read off. */
// "[the corresponding author]", "(equal contribution)" after a name; "(*: equal contribution)" is a legend.
const ROLE_REMARK = /\s*[[(]\s*([^\])]*?\b(?:equal|corresponding|co-?first|contribution)\b[^\])]*)[\])]/gi;

function remarkRoles(part: string): AuthorRole[] {
  return [...part.matchAll(ROLE_REMARK)].flatMap(([, remark = ""]) => {
    if (/[*∗#†‡]\s*(?::|=|denotes|indicates)/i.test(remark)) return [];
    return [/corresponding/i.test(remark) ? "corresponding" : "equal"];
  });
}

// "(*Equal contribution, †Corresponding author)", "(*: equal contribution)" after the list: a legend of its marks.
const LEGEND_REMARK =
  /[([]\s*[*∗#†‡]+\s*(?:(?:[:=]|denotes?|indicates?)\s*)?(?:equal|co-?first|joint|corresponding)[^()[\]]*[)\]]/gi;

/** Split "A, B$^{*}$, and C†." into names, each with the marks and remarks after it read off. */
export function splitAuthors(written: string, legend: MarkLegend = DEFAULT_MARKS): WrittenAuthor[] {
  const line = written.replace(LEGEND_REMARK, "");
  const turned = surnameFirst(line);
  if (turned) return turned.map((name) => ({ name, equalContribution: false, corresponding: false }));
  return stripTrailingPeriod(line.trim())
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((written) => {
      const part = written.replace(ROLE_REMARK, "").trim();
      const tail = TRAILING_MARKS.exec(part)?.[0] ?? "";
      const marks = marksIn(tail).map((mark) => legend.get(mark) ?? DEFAULT_MARKS.get(mark));
      const roles = [...marks, ...remarkRoles(written)];
      const name = stripTrailingPeriod(
        part
          .slice(0, part.length - tail.length)
          .replace(/[,;]+$/, "")
          .trim(),
      );
      return { name, equalContribution: roles.includes("equal"), corresponding: roles.includes("corresponding") };
    })
    .filter((author) => author.name.length > 0);
}

/**
 * Authors of a publication. The owner is whoever carries the profile's name in
 * any letter case; when nobody does (an abbreviated "J. Wang"), the bold name is.
 */
export function parseAuthors(
  line: string,
  boldNames: string[],
  ownerName: string,
  legend: MarkLegend = DEFAULT_MARKS,
): Author[] {
  const bold = new Set(boldNames.map((name) => normalizeName(name.replace(TRAILING_MARKS, ""))));
  const written = splitAuthors(line, legend).map((author) => ({ ...author, key: normalizeName(author.name) }));
  const owner = normalizeName(ownerName);
  const ownerByName = written.some(({ key }) => key === owner);
  return written.map(({ name, key, equalContribution, corresponding }) => ({
    name,
    isSelf: ownerByName ? key === owner : bold.has(key),
    equalContribution,
    corresponding,
  }));
}

const LEGEND =
  /([*∗#†‡✉]+)\s*(?:\)|:|=|-|–)?\s*(?:denotes?|indicates?|means?|stands? for|for|is|are)?\s*(?:the\s+)?(equal|co-?first|joint first|corresponding|co-?corresponding)/gi;

/** "(* denotes equal contribution; # indicates corresponding)": the page's own meaning of its marks. */
export function readMarkLegend(text: string): MarkLegend {
  const legend = new Map(DEFAULT_MARKS);
  for (const [, marks = "", meaning = ""] of text.matchAll(LEGEND)) {
    const role: AuthorRole = /corresponding/i.test(meaning) ? "corresponding" : "equal";
    for (const mark of marksIn(marks)) legend.set(mark, role);
  }
  return legend;
}

/**
 * Whether a line reads as a list of names: every part short, most of them
 * capitalised words, and more than one of them unless it is the owner alone.
 * Stricter than a comma, which any sentence has.
 */
export function looksLikeAuthorList(text: string, ownerName: string): boolean {
  const parts = stripTrailingPeriod(text.replace(/\([^()]*\)|\[[^[\]]*\]/g, " ").trim())
    .split(SEPARATOR)
    .map((part) => part.replace(TRAILING_MARKS, "").trim())
    .filter(Boolean);
  if (parts.length === 0) return false;
  const names = parts.filter((part) => /^(?:\.\.\.|…|et al\.?)$/.test(part) || looksLikeName(part));
  if (parts.length === 1) return normalizeName(parts[0] ?? "") === normalizeName(ownerName);
  return names.length >= Math.max(2, Math.ceil(parts.length * 0.8));
}

/** "Ana Lima", "J. R. R. Tolkien", "Ludwig van Beethoven": a few capitalised words, no sentence punctuation. */
export function looksLikeName(part: string): boolean {
  const words = part.trim().replace(/\.$/, "").split(/\s+/);
  if (words.length > 5 || /[:?!;"“”]/.test(part)) return false;
  const capitalised = words.filter((word) => /^(?:\p{Lu}|\p{Lo})/u.test(word));
  const particles = words.filter((word) => NAME_PARTICLES.has(word) || word.startsWith("("));
  return capitalised.length >= Math.min(2, words.length) && capitalised.length + particles.length === words.length;
}

// Lower-case words inside names: "Ludwig van Beethoven", "Ana de la Cruz".
const NAME_PARTICLES = new Set([
  "de",
  "da",
  "do",
  "dos",
  "del",
  "della",
  "di",
  "du",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "ten",
  "ter",
  "bin",
  "al",
  "el",
]);
