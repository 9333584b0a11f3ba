/**
 * Words that end in a full stop without ending a sentence. Homepage bios are
 * full of them: "working with Prof. Ce Zhang", "my Ph.D. advisor", "et al.".
 */
const ABBREVIATIONS = new Set([
  "prof",
  "dr",
  "mr",
  "mrs",
  "ms",
  "mx",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "al",
  "no",
  "fig",
  "eq",
  "inc",
  "ltd",
  "co",
  "dept",
  "univ",
  "approx",
  "e.g",
  "i.e",
  "ph.d",
  "m.sc",
  "b.sc",
  "m.s",
  "b.s",
  "u.s",
]);

const CANDIDATE_END = /[.!?]+["'”’)]*(?=\s|$)/g;

function wordBefore(text: string, index: number): string {
  const match = /(\S+)$/.exec(text.slice(0, index));
  return (match?.[1] ?? "").replace(/^[("'“‘]+/, "").toLowerCase();
}

function endsSentence(text: string, end: number, punctuation: string): boolean {
  const rest = text.slice(end).trimStart();
  if (rest === "") return true;
  if (punctuation.startsWith(".")) {
    const word = wordBefore(text, end - punctuation.length);
    // "J. Smith": a single letter is an initial.
    if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) return false;
  }
  // A new sentence starts with a capital, a digit or a quote, never in lower case.
  return !/^\p{Ll}/u.test(rest);
}

/** The first sentence of plain text, or all of it when it has only one. */
export function firstSentence(text: string): string {
  const value = text.replace(/\s+/g, " ").trim();
  for (const match of value.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    if (endsSentence(value, end, match[0])) return value.slice(0, end);
  }
  return value;
}

/** At most `limit` characters, cut at a word boundary with an ellipsis. */
export function truncateWords(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const boundary = cut.lastIndexOf(" ");
  return `${(boundary > limit / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
