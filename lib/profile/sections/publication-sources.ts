import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Table, TableRow } from "mdast";
import { splitLines } from "../markdown/lines";
import { toPlainText } from "../markdown/render";
import type { VenueKind } from "../model";
import { classifyPublicationGroup, type PublicationGroup } from "./classify";
import { hasTitleLink, isEntryDetail, type Line } from "./entry-lines";
import { isEntryAddition } from "./publication-extras";

/** What the subheadings above an entry say about it. */
export interface GroupContext {
  year: number | null;
  venueKind: VenueKind | null;
  notPapers: boolean;
}

/** The markdown one publication was written as, however the author laid it out. */
export interface EntrySource {
  /** The blocks it came from, shown as written when it cannot be read. */
  nodes: RootContent[];
  /** Its lines: the title first, then authors, venue, buttons in any order. */
  lines: Line[];
  /** Blocks below its lines: an abstract, a nested list. */
  extraBlocks: RootContent[];
  venueTag: string | null;
  group: GroupContext;
  /** Laid out as paragraphs rather than a list item, so a lone sentence is a remark shown as written, not a failed entry. */
  loose: boolean;
}

/** An entry to read, or a block shown as written (a group's subheading, a remark between entries). */
export type SectionPart = { kind: "entry"; source: EntrySource } | { kind: "unparsed"; block: RootContent };

const NO_GROUP: GroupContext = { year: null, venueKind: null, notPapers: false };

function paragraphLines(paragraph: Paragraph): Line[] {
  return splitLines(paragraph.children);
}

function isDetailParagraph(block: RootContent | undefined, ownerName: string): block is Paragraph {
  if (block?.type !== "paragraph") return false;
  const lines = paragraphLines(block);
  return lines.length > 0 && lines.every((line) => isEntryDetail(line, ownerName));
}

/** A short unlinked line on its own, such as a journal's name, written above the entry's linked title. */
function isLineAboveTitle(block: RootContent | undefined, next: RootContent | undefined): boolean {
  if (block?.type !== "paragraph" || next?.type !== "paragraph") return false;
  const lines = paragraphLines(block);
  const [line = [], ...more] = lines;
  const words = toPlainText(line).split(/\s+/).length;
  const linked = line.some((node) => node.type === "link");
  return more.length === 0 && !linked && words <= 12 && hasTitleLink(paragraphLines(next)[0] ?? []);
}

/** A list item's lines: its first paragraph's, and those of the author, venue or button paragraphs after it. */
function fromListItem(item: ListItem, group: GroupContext, ownerName: string): EntrySource {
  const venueTag = item.data?.venueTag ?? null;
  // A paper box's first paragraph repeats its badge; the badge is read as the venue tag instead.
  const boxed = venueTag ? item.children.slice(1) : item.children;
  // Some paper boxes name the journal above the linked title; the title still leads, the journal is a detail.
  const [above, ...below] = boxed;
  const aboveTitle = isLineAboveTitle(above, below[0]) && above?.type === "paragraph" ? above : null;
  const children = aboveTitle ? below : boxed;
  const [first, ...rest] = children;
  // "* ### Title": a heading may hold the item's title line.
  const lines = first?.type === "paragraph" ? paragraphLines(first) : first?.type === "heading" ? [first.children] : [];
  let index = 0;
  while (isDetailParagraph(rest[index], ownerName)) index += 1;
  const details = rest.slice(0, index).flatMap((block) => (block.type === "paragraph" ? paragraphLines(block) : []));
  const extraBlocks = lines.length ? rest.slice(index) : children;
  const journal = aboveTitle ? paragraphLines(aboveTitle) : [];
  return { nodes: [item], lines: [...lines, ...details, ...journal], extraBlocks, venueTag, group, loose: false };
}

/** Subheadings in force: each deeper one refines those above it until a heading as shallow replaces it. */
class GroupStack {
  private readonly levels: Array<{ depth: number; group: PublicationGroup }>;

  /** The section's own heading is the outermost group: all of a "## Journal Papers" section are journal papers. */
  constructor(sectionHeading: string) {
    this.levels = [{ depth: 0, group: classifyPublicationGroup(sectionHeading) }];
  }

  enter(heading: Heading): PublicationGroup {
    return this.push(heading.depth, classifyPublicationGroup(toPlainText(heading)));
  }

  /** A bold "**2024**" line groups like a heading deeper than any real one. */
  enterBold(label: string): PublicationGroup {
    return this.push(7, classifyPublicationGroup(label));
  }

  private push(depth: number, group: PublicationGroup): PublicationGroup {
    while ((this.levels.at(-1)?.depth ?? 0) >= depth) this.levels.pop();
    this.levels.push({ depth, group });
    return group;
  }

  current(): GroupContext {
    return within(
      NO_GROUP,
      this.levels.map(({ group }) => group),
    );
  }
}

function within(outer: GroupContext, groups: PublicationGroup[]): GroupContext {
  return groups.reduce<GroupContext>((context, group) => {
    switch (group.kind) {
      case "year":
        return { ...context, year: group.year };
      case "venue":
        return { ...context, venueKind: group.venueKind };
      case "not-papers":
        return { ...context, notPapers: true };
      case "topic":
        return context;
      default: {
        const unreachable: never = group;
        return unreachable;
      }
    }
  }, outer);
}

/** "**2024**", "**Journal Papers**" alone on a line: the label of a group, when it names a year or a kind. */
function isGroupLabel(paragraph: Paragraph): boolean {
  const [only, ...rest] = paragraph.children;
  if (only?.type !== "strong" || rest.some((child) => child.type !== "text" || child.value.trim() !== "")) return false;
  return classifyPublicationGroup(toPlainText(only)).kind !== "topic";
}

/**
 * "- 2024" or "- Journal papers" with the papers nested below it: a list item
 * that only labels a group. Its label, a few words on one line, stays as written.
 */
function groupLabel(item: ListItem): Paragraph | null {
  const [label, ...rest] = item.children;
  if (label?.type !== "paragraph" || rest.length === 0 || !rest.every((block) => block.type === "list")) return null;
  const text = toPlainText(label);
  const plain = label.children.every((node) => node.type !== "link" && node.type !== "break");
  if (!plain || text.split(/\s+/).length > 6 || text.includes(",")) return null;
  // A topic label heads several papers; one item under a short title is more likely its abstract.
  const nested = rest.reduce((count, block) => count + (block.type === "list" ? block.children.length : 0), 0);
  return classifyPublicationGroup(text).kind !== "topic" || nested >= 2 ? label : null;
}

function listParts(list: List, group: GroupContext, ownerName: string): SectionPart[] {
  return list.children.flatMap((item): SectionPart[] => {
    const label = groupLabel(item);
    if (!label) return [{ kind: "entry", source: fromListItem(item, group, ownerName) }];
    const inner = within(group, [classifyPublicationGroup(toPlainText(label))]);
    const nested = item.children.flatMap((block) => (block.type === "list" ? listParts(block, inner, ownerName) : []));
    return [{ kind: "unparsed", block: label }, ...nested];
  });
}

/** A thumbnail: a cell of images and nothing else. */
function isImageCell(cell: Line): boolean {
  return cell.every((node) => node.type === "image" || (node.type === "text" && node.value.trim() === ""));
}

function joinLines(lines: Line[]): PhrasingContent[] {
  return lines.flatMap((line, index): PhrasingContent[] => (index === 0 ? line : [{ type: "break" }, ...line]));
}

/**
 * "| 2024 | [Title](…) | Ann Lee, Bo Chen | ICML 2024 |": one paper a row. The
 * cells up to the title's make the title line ("2024 | Title", a year before
 * it); each later cell is a line, and thumbnails come last, as an entry
 * written in markdown would have them. Null when the row links no title.
 */
function rowSource(row: TableRow, group: GroupContext): EntrySource | null {
  const cells = row.children.map((cell) => cell.children).filter((cell) => cell.length > 0);
  const written = cells.filter((cell) => !isImageCell(cell));
  const titleAt = written.findIndex(hasTitleLink);
  if (titleAt === -1) return null;
  const titleLine = written.slice(0, titleAt + 1).reduce<Line>((line, cell) => {
    if (line.length === 0) return [...cell];
    // One text node across the bar, as "2024 | Title" written on one line would be.
    const last = line.at(-1);
    const [first, ...rest] = cell;
    const before = last?.type === "text" ? [...line.slice(0, -1)] : line;
    const after = first?.type === "text" ? rest : cell;
    const bar = `${last?.type === "text" ? last.value : ""} | ${first?.type === "text" ? first.value : ""}`;
    return [...before, { type: "text", value: bar }, ...after];
  }, []);
  const lines = [titleLine, ...written.slice(titleAt + 1), ...cells.filter(isImageCell)];
  // Shown as written if it cannot be read: its cells as lines of one paragraph, on the row's line.
  const paragraph: Paragraph = { type: "paragraph", children: joinLines(lines), position: row.position };
  return { nodes: [paragraph], lines, extraBlocks: [], venueTag: null, group, loose: false };
}

/**
 * A pipe table whose every row names a paper by a linked title: one entry a
 * row. A header row of column names ("Year | Paper | Venue") stays as written;
 * one that holds a paper (markdown needs a header row, so the first paper is
 * often written there) is an entry too. Null for any other table.
 */
function tableParts(table: Table, group: GroupContext): SectionPart[] | null {
  const [header, ...rows] = table.children;
  const sources = rows.map((row) => rowSource(row, group));
  if (!header || sources.length === 0 || sources.some((source) => source === null)) return null;
  const headerSource = rowSource(header, group);
  const labels = header.children.map((cell) => toPlainText(cell)).filter((label) => label !== "");
  const labelLine: Paragraph = {
    type: "paragraph",
    children: [{ type: "text", value: labels.join(" · ") }],
    position: header.position,
  };
  const headerParts: SectionPart[] = headerSource
    ? [{ kind: "entry", source: headerSource }]
    : labels.length
      ? [{ kind: "unparsed", block: labelLine }]
      : [];
  return [...headerParts, ...sources.flatMap((source): SectionPart[] => (source ? [{ kind: "entry", source }] : []))];
}

/**
 * The blocks of a publications section as entries and blocks shown as
 * written. Entries are list items (a paper box is one), the rows of a table of
 * papers, paragraph groups (a title paragraph followed by author, venue or
 * button paragraphs), or a subheading followed by such paragraphs (one heading
 * per paper). Other subheadings group the entries below them and stay in place
 * as written.
 */
export function readSectionParts(heading: string, blocks: RootContent[], ownerName: string): SectionPart[] {
  const parts: SectionPart[] = [];
  const groups = new GroupStack(heading);
  let open: EntrySource | null = null;
  for (const [index, block] of blocks.entries()) {
    if (open && isDetailParagraph(block, ownerName)) {
      open.lines.push(...paragraphLines(block));
      open.nodes.push(block);
      continue;
    }
    if (open && isEntryAddition(block, open.nodes.at(-1))) {
      open.extraBlocks.push(block);
      open.nodes.push(block);
      continue;
    }
    open = null;
    if (block.type === "heading") {
      const group = groups.enter(block);
      if (group.kind === "topic" && isDetailParagraph(blocks[index + 1], ownerName)) {
        open = {
          nodes: [block],
          lines: [block.children],
          extraBlocks: [],
          venueTag: null,
          group: groups.current(),
          loose: false,
        };
        parts.push({ kind: "entry", source: open });
      } else parts.push({ kind: "unparsed", block });
    } else if (block.type === "list") {
      const listed = listParts(block, groups.current(), ownerName);
      parts.push(...listed);
      // "* ### Title" alone in its item: its authors and venue, not indented, are the paragraph after the list.
      const [only, ...more] = block.children.at(-1)?.children ?? [];
      const last = listed.at(-1);
      if (only?.type === "heading" && more.length === 0 && last?.kind === "entry") open = last.source;
    } else if (block.type === "table") {
      parts.push(...(tableParts(block, groups.current()) ?? [{ kind: "unparsed", block }]));
    } else if (block.type === "paragraph" && isGroupLabel(block)) {
      groups.enterBold(toPlainText(block));
      parts.push({ kind: "unparsed", block });
    } else if (block.type === "paragraph") {
      open = {
        nodes: [block],
        lines: paragraphLines(block),
        extraBlocks: [],
        venueTag: null,
        group: groups.current(),
        loose: true,
      };
      parts.push({ kind: "entry", source: open });
    } else parts.push({ kind: "unparsed", block });
  }
  return parts;
}
