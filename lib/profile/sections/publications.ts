import type { Image as ImageNode, Link as LinkNode, Paragraph, RootContent, Text } from "mdast";
import type { ParseContext } from "../context";
import { toPlainText, toSafeHtml } from "../markdown/render";
import { readImage } from "../files/images";
import type { Image, Link, Publication, PublicationsSection, UnparsedBlock } from "../model";
import { authorRemarks, looksLikeName, type MarkLegend, parseAuthors, readMarkLegend } from "../text/authors";
import { splitCitation, takeLeadingYear, takeVenueTag } from "../text/citation";
import { collectButtonLinks, isButtonLink, linkLabel, safeHref } from "../text/links";
import { uniqueIds } from "../text/ids";
import { slugify } from "../text/slug";
import { findBadges, looksLikeVenue, parseVenueLine, parseVenueTag, type VenueLine } from "../text/venues";
import { type EntryResult, unparsed, withoutEmptyBlocks } from "./entries";
import {
  boldNames,
  detailText,
  isAuthorLine,
  isLinksLine,
  isVenueText,
  type Line,
  withoutButtons,
  withoutRemarks,
} from "./entry-lines";
import { takeAbstract, takeLineImages, takeNoteImage } from "./publication-extras";
import { type EntrySource, readSectionParts } from "./publication-sources";

/** The linked title; a "[PDF]" button beside a plain title is a link, not the title. */
function findTitleLink(line: Line): LinkNode | null {
  for (const node of line) {
    if (node.type === "link" && !isButtonLink(node)) return node;
    if (node.type === "strong" || node.type === "emphasis") {
      const inner = node.children.find((child): child is LinkNode => child.type === "link");
      if (inner) return inner;
    }
  }
  return null;
}

/** The title line's words beside the linked title, including those inside the bold around it ("**[Title](…) (Oral)**"). */
function besideTitleLink(line: Line, titleLink: LinkNode): Line {
  return withoutButtons(line).flatMap((node): Line => {
    if (node === titleLink) return [];
    if ((node.type === "strong" || node.type === "emphasis") && node.children.includes(titleLink)) {
      return withoutButtons(node.children.filter((child) => child !== titleLink));
    }
    return [node];
  });
}

/** The entry's buttons; one whose address is not a web or mail address is left out, and the author is told. */
function buttonLinks(nodes: Line, context: ParseContext): Link[] {
  for (const node of nodes) {
    if (node.type === "link" && isButtonLink(node) && safeHref(node.url) === null) {
      // The address itself stays out of the message: it may be a script, and diagnostics travel with the profile.
      context.warn(
        context.lineOf(node),
        `the "${linkLabel(node)}" button's address is not a web or mail address (http, https or mailto); the button is left out`,
      );
    }
  }
  return collectButtonLinks(nodes);
}

interface EntryLines {
  authors: Line | null;
  venue: string | null;
  /** Lines after the venue: award lines become badges, anything else extra text. */
  extra: Line[];
}

/**
 * Title aside, an entry's lines are authors, a venue and maybe more, in either
 * order: the authors line is the first that reads as authors (else a lone
 * name), the venue the first that reads as one (else the first line left).
 */
function classifyLines(lines: Line[], ownerName: string): EntryLines {
  const written = lines
    .map((line) => ({ line, text: detailText(line) }))
    .filter(({ text }) => text && !/^[|·•/,\s]*$/.test(text));
  const authors =
    written.find(({ line, text }) => isAuthorLine(line, ownerName) && !looksLikeVenue(withoutRemarks(text))) ??
    written.find(({ text }) => looksLikeName(text) && !looksLikeVenue(text));
  const others = written.filter((entry) => entry !== authors);
  const venue = others.find(({ text }) => looksLikeVenue(text)) ?? others[0];
  // "Ana Lima, Bo Chen. (BMVC 2024)": a venue written after the authors, when no line of its own names one.
  const remark = authors && !venue ? /\(([^()]+)\)/.exec(authors.text)?.[1] : undefined;
  return {
    authors: authors?.line ?? null,
    venue: venue?.text ?? (remark && isVenueText(remark) ? remark : null),
    extra: others.filter((entry) => entry !== venue).map(({ line }) => line),
  };
}

function isBadgeLine(line: Line): boolean {
  const text = toPlainText(line).replace(/[.()]/g, "").trim();
  return findBadges(text).join(", ") === text;
}

function extraHtml(extra: Line[], extraBlocks: RootContent[]): string | null {
  const lines = extra.filter((line) => !isBadgeLine(line));
  const blocks: RootContent[] = [
    ...lines.map((line): Paragraph => ({ type: "paragraph", children: line })),
    ...extraBlocks,
  ];
  // A block can render to nothing: a raw <img> that is not shown.
  return toSafeHtml(blocks) || null;
}

/** A short, readable slug: the part before a colon when it is a name ("Deja Vu"), else the first words. */
function slugBase(title: string): string {
  const head = title.split(":")[0] ?? title;
  const words = head.split(/\s+/).length <= 5 ? head : title.split(/\s+/).slice(0, 6).join(" ");
  return slugify(words);
}

// What an award, a grant, a talk or a student looks like when written in a paper's place.
const NOT_A_PAPER =
  /\b(?:awards?|winners?|prize|fellowship|scholarship|grants?|funding|funded by|invited talk|keynote|talk (?:at|on)|tutorial|students?|mentees?|reviewer|program committee|honou?rable mention)\b/i;

const HOW_TO_WRITE =
  'to have it read as a paper, write it as a list item: the title (linked), then on the next lines the authors and the venue, e.g. "In Proc. of ICML 2024."';
const NOT_A_PAPER_REASON = "it reads like an award, a grant, a talk or a student, not a paper";
const NOT_A_PAPER_ADVICE =
  'if it is not a paper, move it under a heading of its own (e.g. "## Awards"); if it is, add its authors on the line below the title';

// A link to the author's list of papers elsewhere, not to a paper.
const PROFILE_LINK = /\b(?:google scholar|semantic scholar|dblp|orcid|researchgate|scholar profile)\b/i;

/** Why an entry is not a paper even though it has a title, or null. */
function notAPaper(title: string, hasAuthors: boolean): string | null {
  if (hasAuthors) return null;
  if (NOT_A_PAPER.test(title)) return NOT_A_PAPER_REASON;
  if (PROFILE_LINK.test(title)) return "it links to a list of papers elsewhere, not to a paper";
  // "| CVPR 2025 | NAACL 2024 | …": a row of venue counts, not a title.
  return (title.match(/\|/g) ?? []).length >= 2 ? "it reads like a row of venues, not a title" : null;
}

/** The parts of an entry once its title line has been read. */
interface EntryParts {
  titleLine: Line;
  titleLink: LinkNode | null;
  lines: EntryLines;
  tag: string | null;
  leadingYear: number | null;
}

/** Title line, year before it, venue tag beside it, and the other lines, whichever layout the entry uses. */
function entryParts(source: EntrySource, ownerName: string): EntryParts {
  const [written = [], ...rest] = source.lines;
  const dated = takeLeadingYear(written);
  const tagged = source.venueTag === null ? takeVenueTag(dated?.rest ?? written) : null;
  const titleLine = tagged?.rest ?? dated?.rest ?? written;
  const tag = source.venueTag ?? tagged?.tag ?? null;
  // A paper box's badge that is only a year ("2025") dates the entry as a year before its title would.
  const tagYear = source.venueTag !== null && /^(?:19|20)\d{2}$/.test(source.venueTag) ? Number(source.venueTag) : null;
  const leadingYear = dated?.year ?? tagYear;
  // A citation on one line ("A, B. “Title.” Venue, 2023."), maybe with a line of buttons below it.
  const citation = rest.every(isLinksLine) ? splitCitation(titleLine, ownerName) : null;
  if (!citation)
    return { titleLine, titleLink: findTitleLink(titleLine), lines: classifyLines(rest, ownerName), tag, leadingYear };
  const lines = { authors: citation.authors, venue: citation.venue, extra: citation.extra };
  const year = citation.year ?? leadingYear;
  return { titleLine: citation.title, titleLink: findTitleLink(citation.title), lines, tag, leadingYear: year };
}

/**
 * The venue line, else the tag. A tag beside a venue line written out in full
 * ("RA-L 2024" beside "IEEE Robotics and Automation Letters, 2024") gives the
 * short name; a tag that says something else is kept as extra text, so its words stay.
 */
function venueOf(parts: EntryParts): { venue: VenueLine | null; venueLine: string | null; extra: Line[] } {
  const { lines, tag } = parts;
  const tagVenue = tag === null ? null : parseVenueTag(tag);
  const tagLine: Line[] = tag === null ? [] : [[{ type: "text", value: tag }]];
  if (!lines.venue) return { venue: tagVenue, venueLine: tagVenue ? tag : null, extra: tagVenue ? [] : tagLine };
  const venue = parseVenueLine(lines.venue);
  if (tag === null || lines.venue.toLowerCase().includes(tag.toLowerCase()))
    return { venue, venueLine: lines.venue, extra: [] };
  const spelledOut = venue.venue !== null && venue.venue.short.split(/\s+/).length > 2;
  if (tagVenue?.venue && spelledOut && (tagVenue.year === null || tagVenue.year === venue.year)) {
    const short = { ...tagVenue.venue, kind: venue.venue?.kind ?? tagVenue.venue.kind };
    return {
      venue: { ...venue, venue: short, badges: [...venue.badges, ...tagVenue.badges] },
      venueLine: lines.venue,
      extra: [],
    };
  }
  return { venue, venueLine: lines.venue, extra: tagLine };
}

function readTeaser(node: ImageNode | null, context: ParseContext): Image | null {
  if (!node) return null;
  const line = context.lineOf(node);
  const read = readImage(node.url, node.alt ?? "", line, context.file);
  if (read.ok) return read.image;
  context.warn(line, `teaser image left out: ${read.reason}`);
  return null;
}

/** The entry's teaser image and abstract, and the blocks and lines left once they are taken. */
function entryExtras(lineImage: ImageNode | null, extra: Line[], blocks: RootContent[], context: ParseContext) {
  const fromNotes = lineImage ? { notes: blocks, image: null } : takeNoteImage(blocks);
  const taken = takeAbstract(extra, fromNotes.notes);
  return {
    teaser: readTeaser(lineImage ?? fromNotes.image, context),
    abstract: taken.abstract && { html: toSafeHtml(taken.abstract), text: toPlainText(taken.abstract) },
    extraHtml: extraHtml(taken.extra, taken.notes),
  };
}

function readEntry(
  written: EntrySource,
  context: ParseContext,
  legend: MarkLegend,
  allocateId: (title: string) => string,
): EntryResult<Publication> {
  // Images on the entry's lines are not its title, authors or venue.
  const { lines: textLines, image: lineImage } = takeLineImages(written.lines);
  const source = { ...written, lines: textLines };
  const parts = entryParts(source, context.ownerName);
  const { titleLine, titleLink, lines } = parts;
  const title = toPlainText(titleLink ?? withoutButtons(titleLine))
    .replace(/[.,:;]$/, "")
    .replace(/\\$/, "")
    .trim();
  if (!title) return { ok: false, reason: "it has no title" };
  // A venue read from the authors line ("…, Cy Dee. (BMVC 2024)") is not part of the last name.
  const authorsText = lines.authors ? toPlainText(lines.authors).replace(`(${lines.venue})`, "") : "";
  const authors = lines.authors ? parseAuthors(authorsText, boldNames(lines.authors), context.ownerName, legend) : [];
  const { venue, venueLine, extra: tagExtra } = venueOf(parts);
  const emphasised = titleLine.some((node) => node.type === "strong" || node.type === "emphasis");
  const rejected = notAPaper(title, authors.length > 0);
  if (rejected) return { ok: false, reason: rejected };
  const namesVenue = venueLine !== null && (looksLikeVenue(venueLine) || parseVenueTag(venueLine) !== null);
  // Beside papers, a paragraph with a link ("Full list on [Google Scholar](…)") is a remark; a list item is an entry.
  const linkCounts = titleLink !== null && !source.loose;
  if (authors.length === 0 && !namesVenue && !linkCounts && !(emphasised && !source.loose)) {
    return { ok: false, reason: "it names no authors, no venue and links to no paper" };
  }
  // Words on the title line beside the linked title ("Preprint [Title](…)") are kept as extra text.
  const besideTitle = titleLink ? besideTitleLink(titleLine, titleLink) : [];
  // So are remarks in the authors line ("[the corresponding author]"): read as marks, but the author's words.
  const remarks = lines.authors ? authorRemarks(toPlainText(lines.authors)) : [];
  const remarkLine: Line[] = remarks.length ? [[{ type: "text", value: remarks.join(" ") } satisfies Text]] : [];
  const extra = [
    ...(/[\p{L}\p{N}]/u.test(toPlainText(besideTitle)) ? [besideTitle] : []),
    ...lines.extra,
    ...tagExtra,
    ...remarkLine,
  ];
  return {
    ok: true,
    entry: {
      kind: "publication",
      id: allocateId(title),
      title,
      url: titleLink ? safeHref(titleLink.url) : null,
      authors,
      venue: venue?.venue ? { ...venue.venue, kind: source.group.venueKind ?? venue.venue.kind } : null,
      // A year the entry states on its own ("2023 - Title", "(2024) “Title”") beats a number found in its venue line.
      year: parts.leadingYear ?? venue?.year ?? source.group.year,
      venueLine,
      links: buttonLinks(source.lines.flat(), context),
      topics: [],
      badges: [...(venue?.badges ?? []), ...extra.filter(isBadgeLine).flatMap((line) => findBadges(toPlainText(line)))],
      ...entryExtras(lineImage, extra, source.extraBlocks, context),
      line: context.lineOf(source.nodes[0]),
    },
  };
}

/** Slugs from titles, numbered on collision, so each publication keeps a stable address. */
function idAllocator(): (title: string) => string {
  const uniqueId = uniqueIds();
  return (title) => uniqueId(slugBase(title) || "publication");
}

function readSource(
  source: EntrySource,
  context: ParseContext,
  legend: MarkLegend,
  allocateId: (title: string) => string,
): Array<Publication | UnparsedBlock> {
  const shownAsWritten = () => source.nodes.map((node) => unparsed(node, context));
  if (source.group.notPapers) return shownAsWritten();
  const result = readEntry(source, context, legend, allocateId);
  if (result.ok) return [result.entry];
  // A lone sentence between entries ("* equal contribution", "See also my Scholar page") is a remark, shown as written without a warning.
  const isRemark = source.loose && source.nodes.length === 1 && source.lines.length <= 1;
  if (!isRemark) {
    const text = toPlainText(source.nodes).slice(0, 60);
    const advice = result.reason === NOT_A_PAPER_REASON ? NOT_A_PAPER_ADVICE : HOW_TO_WRITE;
    context.warn(
      context.lineOf(source.nodes[0]),
      `publication not understood (${result.reason}); shown as written: "${text}"; ${advice}`,
    );
  }
  return shownAsWritten();
}

export function readPublications(
  heading: string,
  line: number,
  blocks: RootContent[],
  context: ParseContext,
): PublicationsSection {
  const allocateId = idAllocator();
  const legend = readMarkLegend(
    [heading, ...blocks.map((block) => (block.type === "paragraph" ? toPlainText(block) : ""))].join(" "),
  );
  const items = readSectionParts(heading, blocks, context.ownerName).flatMap((part) =>
    part.kind === "unparsed" ? [unparsed(part.block, context)] : readSource(part.source, context, legend, allocateId),
  );
  return { kind: "publications", heading, line, items: withoutEmptyBlocks(items) };
}
