import type { Link as LinkNode, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { splitLines } from "../markdown/lines";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { Link, Publication, PublicationsSection } from "../model";
import { parseAuthors } from "../text/authors";
import { collectButtonLinks, isButtonLink, linkLabel, safeHref } from "../text/links";
import { slugify } from "../text/slug";
import { findBadges, looksLikeVenue, parseVenueLine } from "../text/venues";
import { type EntryResult, firstParagraph, readEntries } from "./entries";

type Line = PhrasingContent[];

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

function withoutButtons(line: Line): Line {
  return line.filter((node) => !(node.type === "link" && isButtonLink(node)));
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

function boldNames(line: Line): string[] {
  return line.filter((node) => node.type === "strong").map((node) => toPlainText(node));
}

function isAuthorLine(line: Line, text: string, ownerName: string): boolean {
  if (boldNames(line).length > 0) return true;
  if (text.toLowerCase().includes(ownerName.toLowerCase())) return true;
  if (looksLikeVenue(text)) return false;
  return /,|\sand\s/.test(text);
}

interface EntryLines {
  authors: Line | null;
  venue: string | null;
  /** Lines after the venue: award lines become badges, anything else a note. */
  extra: Line[];
}

/** Title aside, an entry's lines are authors, a venue and maybe more: tell them apart. */
function classifyLines(lines: Line[], ownerName: string): EntryLines {
  const result: EntryLines = { authors: null, venue: null, extra: [] };
  for (const line of lines) {
    const text = toPlainText(withoutButtons(line));
    if (!text || /^[|·•/,\s]*$/.test(text)) continue;
    if (!result.authors && !result.venue && isAuthorLine(line, text, ownerName)) result.authors = line;
    else if (!result.venue) result.venue = text;
    else result.extra.push(line);
  }
  return result;
}

function isBadgeLine(line: Line): boolean {
  const text = toPlainText(line).replace(/[.()]/g, "").trim();
  return findBadges(text).join(", ") === text;
}

function notesHtml(extra: Line[], item: ListItem): string | null {
  const lines = extra.filter((line) => !isBadgeLine(line));
  const blocks: RootContent[] = [
    ...lines.map((line): Paragraph => ({ type: "paragraph", children: line })),
    ...item.children.slice(1),
  ];
  return blocks.length ? toSafeHtml(blocks) : null;
}

/** A short, readable slug: the part before a colon when it is a name ("Deja Vu"), else the first words. */
function slugBase(title: string): string {
  const head = title.split(":")[0] ?? title;
  const words = head.split(/\s+/).length <= 5 ? head : title.split(/\s+/).slice(0, 6).join(" ");
  return slugify(words);
}

function readPublication(
  item: ListItem,
  context: ParseContext,
  allocateId: (title: string) => string,
): EntryResult<Publication> {
  const paragraph = firstParagraph(item);
  if (!paragraph) return { ok: false, reason: "it does not start with a title line" };
  const [titleLine = [], ...rest] = splitLines(paragraph.children);
  const titleLink = findTitleLink(titleLine);
  const title = toPlainText(titleLink ?? withoutButtons(titleLine)).replace(/[.,]$/, "");
  if (!title) return { ok: false, reason: "it has no title" };
  const classified = classifyLines(rest, context.ownerName);
  const { authors, venue: venueLine } = classified;
  // Words on the title line beside the linked title ("Preprint [Title](…)") are kept as a note.
  const besideTitle = titleLink ? besideTitleLink(titleLine, titleLink) : [];
  const extra = /[\p{L}\p{N}]/u.test(toPlainText(besideTitle)) ? [besideTitle, ...classified.extra] : classified.extra;
  const venue = venueLine ? parseVenueLine(venueLine) : null;
  return {
    ok: true,
    entry: {
      kind: "publication",
      id: allocateId(title),
      title,
      url: titleLink ? safeHref(titleLink.url) : null,
      authors: authors ? parseAuthors(toPlainText(authors), boldNames(authors), context.ownerName) : [],
      venue: venue?.venue ?? null,
      year: venue?.year ?? null,
      venueLine,
      links: buttonLinks([...titleLine, ...rest.flat()], context),
      topics: [],
      badges: [...(venue?.badges ?? []), ...extra.filter(isBadgeLine).flatMap((line) => findBadges(toPlainText(line)))],
      notesHtml: notesHtml(extra, item),
      line: context.lineOf(item),
    },
  };
}

/** Slugs from titles, numbered on collision, so each publication keeps a stable address. */
function idAllocator(): (title: string) => string {
  const uniqueId = uniqueIds();
  return (title) => uniqueId(slugBase(title) || "publication");
}

/** Numbers a repeated base ("deja-vu", "deja-vu-2"): the one scheme for every id the site allocates. */
export function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

export function readPublications(
  heading: string,
  line: number,
  blocks: RootContent[],
  context: ParseContext,
): PublicationsSection {
  const allocateId = idAllocator();
  return {
    kind: "publications",
    heading,
    line,
    items: readEntries(blocks, context, "publication", (item) => readPublication(item, context, allocateId)),
  };
}
