import type { Image, PhrasingContent } from "mdast";
import { lineText, sliceLine } from "../markdown/lines";
import { toPlainText } from "../markdown/render";
import { looksLikeAuthorList, looksLikeName } from "./authors";
import { isButtonLink } from "./links";
import { looksLikeVenue, parseVenueTag } from "./venues";

type Line = PhrasingContent[];

/** A whole entry written on one line, cut into its parts; `extra` keeps whatever fits none of them. */
export interface CitationParts {
  title: Line;
  authors: Line | null;
  venue: string | null;
  /** A year the citation gives outside its venue, as APA's "(2024)". */
  year: number | null;
  extra: Line[];
}

const PUNCTUATION_EDGES = /^[\s.,;:–—-]+|[\s.,;:–—-]+$/g;

function trimmed(line: Line): string {
  return toPlainText(line).replace(/[|·•]/g, " ").replace(PUNCTUATION_EDGES, "");
}

function isVenue(text: string): boolean {
  return text !== "" && text.split(/\s+/).length <= 25 && looksLikeVenue(text) && parseVenueTag(text) !== null;
}

/** `“Title.” *Journal of Examples*, 12(3), 45–67`: after a quoted title, the italic words are the journal. */
function opensWithEmphasis(line: Line): boolean {
  const first = line.find((node) => node.type !== "text" || trimmed([node]) !== "");
  return first?.type === "emphasis" && trimmed([first]).split(/\s+/).length >= 2;
}

/**
 * Authors, venue and leftovers of the text around a title, each only when it
 * reads as such. Before a quoted title even one name is the author.
 */
function around(before: Line, written: Line, title: Line, ownerName: string, quoted: boolean): CitationParts {
  const parts: CitationParts = { title, authors: null, venue: null, year: null, extra: [] };
  const after = written.filter((node) => !(node.type === "link" && isButtonLink(node)));
  const beforeText = trimmed(before);
  if (beforeText && (looksLikeAuthorList(beforeText, ownerName) || (quoted && looksLikeName(beforeText)))) {
    parts.authors = before;
  } else if (beforeText) parts.extra.push(before);
  const afterText = trimmed(after);
  if (!afterText) return parts;
  const split = beforeText
    ? null
    : (splitAuthorsFromVenue(after, ownerName) ?? splitVenueFromAuthors(after, ownerName));
  if (split) {
    parts.authors = split.authors;
    parts.venue = split.venue;
  } else if (isVenue(afterText) || (quoted && opensWithEmphasis(after))) parts.venue = afterText;
  else if (!parts.authors && looksLikeAuthorList(afterText, ownerName)) parts.authors = after;
  else parts.extra.push(after);
  return parts;
}

/** "Tobias Lind, CoRL 2022": a cut too early leaves the last authors in front of the venue. */
function startsWithName(venue: string): boolean {
  const [first = ""] = venue.split(/,\s*/);
  return looksLikeName(first) && !looksLikeVenue(first);
}

/** ", A. Author, B. Author, *ICML 2024*": authors, then the venue after the first period or comma that leaves one. */
function splitAuthorsFromVenue(line: Line, ownerName: string): { authors: Line; venue: string } | null {
  const text = lineText(line);
  const cuts = [...text.matchAll(/[.,;]\s+|\s+(?=[*_])/g)].map((match) => (match.index ?? 0) + match[0].length);
  for (const cut of cuts) {
    const authors = sliceLine(line, 0, cut);
    const venue = trimmed(sliceLine(line, cut));
    if (isVenue(venue) && !startsWithName(venue) && looksLikeAuthorList(trimmed(authors), ownerName))
      return { authors, venue };
  }
  const last = line.at(-1);
  if (last && (last.type === "strong" || last.type === "emphasis") && isVenue(toPlainText(last))) {
    const authors = line.slice(0, -1);
    if (looksLikeAuthorList(trimmed(authors), ownerName)) return { authors, venue: toPlainText(last) };
  }
  return null;
}

/** ", CVPR 2022 (Oral), A. Author, B. Author": the venue first, up to the first comma, then the authors. */
function splitVenueFromAuthors(line: Line, ownerName: string): { authors: Line; venue: string } | null {
  const text = lineText(line);
  const cut = /^[\s,;]*[^,;]+[,;]\s*/.exec(text);
  if (!cut) return null;
  const venue = trimmed(sliceLine(line, 0, cut[0].length));
  const authors = sliceLine(line, cut[0].length);
  return isVenue(venue) && looksLikeAuthorList(trimmed(authors), ownerName) ? { authors, venue } : null;
}

/** `[Title], CVPR 2022, A. Author, B. Author`: a title in square brackets that link nowhere. */
function bracketedTitle(line: Line, ownerName: string): CitationParts | null {
  const text = lineText(line);
  const bracket = /^\s*\[([^\]]{8,})\]/.exec(text);
  if (!bracket?.[1]) return null;
  const start = bracket[0].length - bracket[1].length - 1;
  const end = start + bracket[1].length;
  const parts = around([], sliceLine(line, end + 1), sliceLine(line, start, end), ownerName, false);
  return parts.extra.length === 0 && (parts.authors || parts.venue) ? parts : null;
}

/** `A. Author and B. Author. "Title." Venue, 2023.` — the quoted part is the title. */
function quotedTitle(line: Line, ownerName: string): CitationParts | null {
  const text = lineText(line);
  const quote = /["“]([^"“”]{8,})["”]/.exec(text);
  if (!quote) return null;
  const start = quote.index + 1;
  const end = start + (quote[1]?.length ?? 0);
  const title = sliceLine(line, start, end);
  // "A. Author, B. Author. (2024) “Title”": the year between the authors and the title dates the entry.
  const dated = /\(((?:19|20)\d{2})[a-z]?\)[.,:]?\s*$/.exec(text.slice(0, start - 1));
  const parts = around(sliceLine(line, 0, dated?.index ?? start - 1), sliceLine(line, end + 1), title, ownerName, true);
  return dated ? { ...parts, year: Number(dated[1]) } : parts;
}

/** A link, or emphasis that is neither a name (the owner's, in bold) nor a venue. */
function isTitleNode(node: PhrasingContent): boolean {
  if (node.type === "link") return !isButtonLink(node);
  if (node.type !== "strong" && node.type !== "emphasis") return false;
  const text = toPlainText(node);
  return text.split(/\s+/).length >= 2 && !looksLikeName(text) && !isVenue(text);
}

/** `[Title](…), A, B, **CVPR 2020**` or `**A**, B. *Title*.`: a linked or emphasised title among plain text. */
function markedTitle(line: Line, ownerName: string): CitationParts | null {
  const link = line.findIndex((node) => node.type === "link" && !isButtonLink(node));
  const index = link === -1 ? line.findIndex(isTitleNode) : link;
  const node = line[index];
  if (!node) return null;
  const parts = around(line.slice(0, index), line.slice(index + 1), [node], ownerName, false);
  return parts.extra.length === 0 ? parts : null;
}

/** `A. Author, B. Author. Title of the Paper. Venue, 2023.`: the authors end at the first period that does not close an initial. */
function plainCitation(line: Line, ownerName: string): CitationParts | null {
  const text = lineText(line);
  for (const match of text.matchAll(/\.\s+/g)) {
    const end = match.index ?? 0;
    if (/(?:^|[\s.,-])\p{Lu}$/u.test(text.slice(0, end))) continue;
    const authors = sliceLine(line, 0, end);
    if (!looksLikeAuthorList(trimmed(authors), ownerName)) return null;
    const rest = text.slice(end + match[0].length);
    const titleEnd = /[.?!]\s+/.exec(rest);
    if (!titleEnd) return null;
    const venueStart = end + match[0].length + titleEnd.index + titleEnd[0].length;
    const venue = trimmed(sliceLine(line, venueStart));
    if (!isVenue(venue)) return null;
    const title = sliceLine(line, end + match[0].length, end + match[0].length + titleEnd.index + 1);
    return { title, authors, venue, year: null, extra: [] };
  }
  return null;
}

// "Duarte, I., Okoro, B. & Lind, K. (2024). ": APA's authors, surname first, then the year.
const APA_HEAD =
  /^\s*(\p{Lu}[\p{L}'’-]+(?:\s[\p{L}'’-]+)*,\s*(?:\p{Lu}\.\s*-?\s*)+.*?)\s*\(((?:19|20)\d{2})[a-z]?\)\.?\s+/u;

/** `Duarte, I. & Lind, K. (2024). Title. *Venue*, 712, 45-60.` */
function apaCitation(line: Line): CitationParts | null {
  const text = lineText(line);
  const head = APA_HEAD.exec(text);
  if (!head?.[1]) return null;
  const titleStart = head[0].length;
  const titleEnd = /[.?!](?:\s+|$)/.exec(text.slice(titleStart));
  const end = titleEnd ? titleStart + titleEnd.index + 1 : text.length;
  const venue = trimmed(sliceLine(line, end));
  return {
    title: sliceLine(line, titleStart, end),
    authors: sliceLine(line, 0, head[1].length),
    venue: venue || null,
    year: Number(head[2]),
    extra: [],
  };
}

/**
 * An entry written as one citation line, in the common orders: APA, a quoted
 * title, a linked, emphasised or bracketed title with authors and venue around
 * it, or plain "Authors. Title. Venue." Null when the line is none of these.
 */
export function splitCitation(line: Line, ownerName: string): CitationParts | null {
  return (
    apaCitation(line) ??
    quotedTitle(line, ownerName) ??
    markedTitle(line, ownerName) ??
    bracketedTitle(line, ownerName) ??
    plainCitation(line, ownerName)
  );
}

/** "2023 - **Title**": a year written before the title. */
export function takeLeadingYear(line: Line): { year: number; rest: Line } | null {
  const [first, ...others] = line;
  if (first?.type !== "text") return null;
  const match = /^\s*((?:19|20)\d{2})\s*[-–—:|]\s*/.exec(first.value);
  if (!match?.[1]) return null;
  const value = first.value.slice(match[0].length);
  return { year: Number(match[1]), rest: value ? [{ ...first, value }, ...others] : others };
}

/** "https://img.shields.io/badge/ICASSP-2025-blue" → "ICASSP 2025": the badge's words without its colour. */
function shieldLabel(image: Image): string {
  const segment = /shields\.io\/badge\/([^/?#]+)/.exec(image.url)?.[1] ?? "";
  const words = safeDecode(segment).split("-").slice(0, -1).join(" ").trim();
  return words || (image.alt ?? "").trim();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The tag a node holds when it is one: "`ICML 2024`", "[ICML 2024]", a shields.io badge. */
function tagOf(node: PhrasingContent, edge: "start" | "end"): { tag: string; rest: Line } | null {
  if (node.type === "inlineCode") return { tag: node.value, rest: [] };
  if (node.type === "image" && /shields\.io\/badge\//.test(node.url)) return { tag: shieldLabel(node), rest: [] };
  if (node.type === "strong" || node.type === "emphasis") {
    const text = toPlainText(node);
    const short = text.split(/\s+/).length <= 4;
    return /^\[[^\]]+\]$/.test(text) || (edge === "start" && short) ? { tag: text, rest: [] } : null;
  }
  if (node.type !== "text") return null;
  const pattern = edge === "start" ? /^\s*\[([^\]]{2,40})\]\s*/ : /\s*\[([^\]]{2,40})\]\s*[.,]?\s*$/;
  const match = pattern.exec(node.value);
  if (!match?.[1]) return null;
  const value = edge === "start" ? node.value.slice(match[0].length) : node.value.slice(0, match.index);
  return { tag: match[1], rest: value.trim() ? [{ ...node, value }] : [] };
}

/** "[ICML 2024] Title", "Title `NeurIPS'23`": a venue tag before or after the title, taken off the line. */
export function takeVenueTag(line: Line): { tag: string; rest: Line } | null {
  const meaningful = line.filter((node) => node.type !== "text" || node.value.trim());
  const first = meaningful[0];
  const last = meaningful.at(-1);
  if (!first || !last) return null;
  for (const [node, edge] of [
    [first, "start"],
    [last, "end"],
  ] as const) {
    const found = tagOf(node, edge);
    if (!found || parseVenueTag(found.tag) === null) continue;
    const index = line.indexOf(node);
    const rest =
      edge === "start" ? [...found.rest, ...line.slice(index + 1)] : [...line.slice(0, index), ...found.rest];
    if (toPlainText(rest)) return { tag: found.tag, rest };
  }
  return null;
}
