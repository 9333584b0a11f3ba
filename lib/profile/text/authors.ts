import { foldAccents } from "./fold";
import type { Author } from "../model";

// `$^{\*}$` (LaTeX, as the seed writes it), `^*`, a bare `*` or `∗` after a name.
const EQUAL_MARK = /\s*(?:\$\^\{?\\?[*∗]\}?\$|\^\{?\\?[*∗]\}?|\\?[*∗])\s*$/;
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

/** Split "A, B$^{*}$, and C." into names, each with its equal-contribution mark read off. */
export function splitAuthors(line: string): Array<{ name: string; equalContribution: boolean }> {
  return stripTrailingPeriod(line.trim())
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const equalContribution = EQUAL_MARK.test(part);
      const name = stripTrailingPeriod(
        part
          .replace(EQUAL_MARK, "")
          .replace(/[,;]+$/, "")
          .trim(),
      );
      return { name, equalContribution };
    })
    .filter((author) => author.name.length > 0);
}

/**
 * Authors of a publication. The owner is whoever carries the profile's name in
 * any letter case; when nobody does (an abbreviated "J. Wang"), the bold name is.
 */
export function parseAuthors(line: string, boldNames: string[], ownerName: string): Author[] {
  const owner = normalizeName(ownerName);
  const bold = new Set(boldNames.map(normalizeName));
  const written = splitAuthors(line);
  const ownerByName = written.some((author) => normalizeName(author.name) === owner);
  return written.map(({ name, equalContribution }) => ({
    name,
    isSelf: ownerByName ? normalizeName(name) === owner : bold.has(normalizeName(name)),
    equalContribution,
  }));
}
