import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { splitLines } from "../markdown/lines";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { EducationSection, ExperienceSection, Position, UnparsedEntry } from "../model";
import { findPeriod } from "../text/dates";
import { firstParagraph, unparsed } from "./entries";
import { type EntryLine, namesOnlyRoles, readPositionLines } from "./position-entry";

type Entry = Position | UnparsedEntry;

/** A heading or a bold line that names the organisation of the entries below it. */
interface Header {
  node: RootContent;
  line: EntryLine;
  used: boolean;
}

interface Reader {
  context: ParseContext;
  what: string;
}

const HOW_TO_WRITE = 'write it as "- **Organisation**, Role, Sep 2020 - Now"';

function linesOf(nodes: PhrasingContent[], context: ParseContext): EntryLine[] {
  return splitLines(nodes).map((line) => ({ nodes: line, text: toPlainText(line), line: context.lineOf(line[0]) }));
}

function isDated(lines: EntryLine[]): boolean {
  return lines.some((line) => findPeriod(line.text) !== null);
}

/** A year where no period could be read ("Spring 2024: …", "2024 (June-)"): the dates are there, unread. */
function yearWithoutPeriod(lines: EntryLine[]): string | null {
  for (const line of lines) {
    const found = /[^,|;:]*\b(?:19|20)\d{2}\b[^,|;:]*/.exec(line.text)?.[0].trim();
    if (found) return found;
  }
  return null;
}

function itemLines(item: ListItem | undefined, context: ParseContext): EntryLine[] {
  const paragraph = item && firstParagraph(item);
  return paragraph ? linesOf(paragraph.children, context) : [];
}

function hasDatedItems(list: List, context: ParseContext): boolean {
  return list.children.some((item) => isDated(itemLines(item, context)));
}

function notesHtml(leftover: EntryLine[], blocks: RootContent[]): string | null {
  const lines: RootContent[] = leftover.map((line) => ({ type: "paragraph", children: line.nodes }));
  const notes = [...lines, ...blocks];
  return notes.length ? toSafeHtml(notes) : null;
}

/** The entry's own lines, with the header's line first when they name no organisation themselves. */
function withHeader(lines: EntryLine[], header: Header | null): EntryLine[] {
  if (!header || !namesOnlyRoles(lines)) return lines;
  header.used = true;
  return [header.line, ...lines];
}

function position(lines: EntryLine[], line: number, notes: RootContent[]): Position | null {
  const reading = readPositionLines(lines);
  if (!reading) return null;
  const { organization, title, period, leftover } = reading;
  return {
    kind: "position",
    organization,
    title,
    period: period ?? { start: null, end: null },
    notesHtml: notesHtml(leftover, notes),
    line,
  };
}

function notUnderstood(node: RootContent, reason: string, reader: Reader): UnparsedEntry {
  reader.context.warn(reader.context.lineOf(node), `${reader.what} not understood (${reason}); shown as written`);
  return unparsed(node, reader.context);
}

/**
 * "[2024.06 - present]--**Role**" with the organisation on the one line of
 * the item nested below it: that line is read with the entry, not as a note.
 */
function borrowNestedOrganization(
  lines: EntryLine[],
  rest: RootContent[],
  context: ParseContext,
): { lines: EntryLine[]; rest: RootContent[] } {
  const [nested, ...after] = rest;
  const [first, ...others] = nested?.type === "list" ? nested.children : [];
  const borrowed = itemLines(first, context);
  const [only] = borrowed;
  if (!only || borrowed.length !== 1 || first?.children.length !== 1 || isDated(borrowed) || !namesOnlyRoles(lines)) {
    return { lines, rest };
  }
  const remaining: RootContent[] = nested?.type === "list" && others.length ? [{ ...nested, children: others }] : [];
  return { lines: [...lines, only], rest: [...remaining, ...after] };
}

function readItem(item: ListItem, header: Header | null, reader: Reader): Entry[] {
  const { context } = reader;
  const paragraph = firstParagraph(item);
  if (!paragraph) return [notUnderstood(item, `it has no text line; ${HOW_TO_WRITE}`, reader)];
  const paragraphs = item.children.findIndex((child) => child.type !== "paragraph");
  const leading = item.children.slice(0, paragraphs === -1 ? undefined : paragraphs);
  const first = linesOf(paragraph.children, context);
  // "Org" then "Degree, dates" in paragraphs of their own, as a definition list reads once made a list.
  const joined = !isDated(first) && leading.length > 1;
  const own = joined
    ? leading.flatMap((block) => (block.type === "paragraph" ? linesOf(block.children, context) : []))
    : first;
  const rest = item.children.slice(joined ? leading.length : 1);
  const [nested] = rest;
  // "- **Org**" with its dated roles nested below: each role is an entry at that organisation.
  const [ownLine] = own;
  if (own.length === 1 && ownLine && !isDated(own) && nested?.type === "list" && hasDatedItems(nested, context)) {
    const organization: Header = { node: paragraph, line: ownLine, used: false };
    const entries = nested.children.flatMap((child) => readItem(child, organization, reader));
    const others = rest.slice(1).map((block) => unparsed(block, context));
    return organization.used ? [...entries, ...others] : [unparsed(paragraph, context), ...entries, ...others];
  }
  const borrowed = header ? { lines: own, rest } : borrowNestedOrganization(own, rest, context);
  const unreadDate = isDated(borrowed.lines) ? null : yearWithoutPeriod(borrowed.lines);
  if (unreadDate) {
    return [
      notUnderstood(
        item,
        `its dates "${unreadDate}" could not be read; ${HOW_TO_WRITE} or "2020.09 - Present"`,
        reader,
      ),
    ];
  }
  const entry = position(withHeader(borrowed.lines, header), context.lineOf(item), borrowed.rest);
  return [entry ?? notUnderstood(item, `it names no organisation; ${HOW_TO_WRITE}`, reader)];
}

/**
 * Split a paragraph's lines into entries. When a date opens the first line
 * ("*2019 - 2023*, Org, Degree"), each dated line opens an entry; otherwise
 * each dated line closes one ("Org" / "Degree" / "2019 - 2023").
 */
function entryGroups(lines: EntryLine[]): EntryLine[][] {
  const dated = lines.map((line) => findPeriod(line.text) !== null);
  const groups: EntryLine[][] = [];
  let current: EntryLine[] = [];
  if (dated[0]) {
    lines.forEach((line, index) => {
      if (dated[index] && current.length) {
        groups.push(current);
        current = [];
      }
      current.push(line);
    });
    groups.push(current);
    return groups;
  }
  lines.forEach((line, index) => {
    current.push(line);
    if (dated[index]) {
      groups.push(current);
      current = [];
    }
  });
  const last = groups.at(-1);
  if (last) last.push(...current);
  return groups;
}

function strongNodes(line: EntryLine): PhrasingContent[] {
  return line.nodes.filter((node) => node.type === "strong");
}

function isBoldLine(line: EntryLine): boolean {
  return line.nodes.every((node) => node.type === "strong" || (node.type === "text" && !node.value.trim()));
}

/**
 * Entries written as paragraphs: "**Org**, Role, *2022 - 2026*", or lines
 * joined by line breaks ("Org\" "Degree\" "2018 - 2023"). A paragraph with no
 * date is a note, kept as written.
 */
function readParagraph(paragraph: Paragraph, header: Header | null, notes: RootContent[], reader: Reader): Entry[] {
  const lines = linesOf(paragraph.children, reader.context);
  if (!isDated(lines)) {
    // A short line with a bold name reads as an entry that lacks its dates; a longer paragraph is a note.
    const looksLikeEntry = lines.length <= 3 && lines.some((line) => strongNodes(line).length > 0);
    if (looksLikeEntry) return [notUnderstood(paragraph, `it has no dates; ${HOW_TO_WRITE}`, reader)];
    return [unparsed(paragraph, reader.context)];
  }
  const [first, ...others] = lines;
  // A bold organisation line above several dated roles heads each of them.
  const datedCount = lines.filter((line) => findPeriod(line.text)).length;
  const ownHeader: Header | null =
    first && !findPeriod(first.text) && isBoldLine(first) && datedCount >= 2
      ? { node: paragraph, line: first, used: false }
      : null;
  const groups = entryGroups(ownHeader ? others : lines);
  const entries = groups.map((group, index) => {
    const [opening] = group;
    const entry = position(
      withHeader(group, ownHeader ?? header),
      opening?.line ?? reader.context.lineOf(paragraph),
      index === groups.length - 1 ? notes : [],
    );
    return entry ?? notUnderstood(paragraph, `it names no organisation; ${HOW_TO_WRITE}`, reader);
  });
  return ownHeader && !ownHeader.used ? [unparsed(paragraph, reader.context), ...entries] : entries;
}

/** How many entries the blocks date: dated lines of paragraphs and dated list items. */
function datedUnits(blocks: RootContent[], context: ParseContext): number {
  return blocks.reduce((count, block) => {
    if (block.type === "paragraph") {
      return count + linesOf(block.children, context).filter((line) => findPeriod(line.text)).length;
    }
    if (block.type === "list") return count + block.children.filter((item) => isDated(itemLines(item, context))).length;
    return count;
  }, 0);
}

function headerOf(node: Heading | Paragraph, context: ParseContext): EntryLine {
  return { nodes: node.children, text: toPlainText(node), line: context.lineOf(node) };
}

/**
 * A heading (or a bold line) and the blocks below it. With one dated line
 * below, heading and lines are one entry ("### MSc in Physics" over "*Some
 * University* *2020 - 2022*"); with several, the heading names the
 * organisation of those that name none ("### Example Labs" over
 * "**Research Intern** - *2023*" lines).
 */
function readGroup(node: Heading | Paragraph, blocks: RootContent[], reader: Reader): Entry[] {
  const { context } = reader;
  const line = headerOf(node, context);
  // Deeper headings open groups of their own, read after this one's entry.
  const split = blocks.findIndex((block) => block.type === "heading");
  const own = split === -1 ? blocks : blocks.slice(0, split);
  const deeper = split === -1 ? [] : blocks.slice(split);
  if (datedUnits(own, context) === 0) return [unparsed(node, context), ...readBlocks(blocks, null, reader)];
  // Paragraphs up to the first date, such as "_Some College_" then "**2014 – 2018**", are one entry with the heading.
  const firstDated = own.findIndex((block) => datedUnits([block], context) > 0);
  const leading = own.slice(0, firstDated + 1);
  const isOneEntry = leading.every((block) => block.type === "paragraph") && datedUnits(leading, context) === 1;
  if (isOneEntry) {
    const [details, ...after] = own.slice(leading.length);
    const notes = details?.type === "list" && !hasDatedItems(details, context) ? [details] : [];
    const lines = leading.flatMap((block) => (block.type === "paragraph" ? linesOf(block.children, context) : []));
    const entry = position([line, ...lines], line.line, notes);
    const header: Header = { node, line, used: true };
    const others = notes.length ? after : own.slice(leading.length);
    if (entry) return [entry, ...readBlocks(others, header, reader), ...readBlocks(deeper, null, reader)];
  }
  const header: Header = { node, line, used: false };
  const entries = readBlocks(blocks, header, reader);
  return header.used ? entries : [unparsed(node, context), ...entries];
}

function isHeaderParagraph(block: RootContent, next: RootContent | undefined, context: ParseContext): boolean {
  if (block.type !== "paragraph" || !next || next.type === "heading") return false;
  const lines = linesOf(block.children, context);
  const [only] = lines;
  return lines.length === 1 && only !== undefined && isBoldLine(only) && !isDated(lines);
}

/** Where the group that `start` opens ends: the next heading as deep or deeper, or the next bold header line. */
function groupEnd(blocks: RootContent[], start: number, context: ParseContext): number {
  const opener = blocks[start];
  const depth = opener?.type === "heading" ? opener.depth : 7;
  for (let index = start + 1; index < blocks.length; index++) {
    const block = blocks[index];
    if (block?.type === "heading" && block.depth <= depth) return index;
    if (depth === 7 && block && isHeaderParagraph(block, blocks[index + 1], context)) return index;
  }
  return blocks.length;
}

function readBlocks(blocks: RootContent[], header: Header | null, reader: Reader): Entry[] {
  const { context } = reader;
  const entries: Entry[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const next = blocks[index + 1];
    if (!block) continue;
    if (block.type === "heading" || isHeaderParagraph(block, next, context)) {
      const end = groupEnd(blocks, index, context);
      entries.push(...readGroup(block as Heading | Paragraph, blocks.slice(index + 1, end), reader));
      index = end - 1;
    } else if (block.type === "list") {
      entries.push(...block.children.flatMap((item) => readItem(item, header, reader)));
    } else if (block.type === "paragraph") {
      // Details listed under a dated paragraph belong to it.
      const details =
        next?.type === "list" && !hasDatedItems(next, context) && isDated(linesOf(block.children, context));
      entries.push(...readParagraph(block, header, details && next ? [next] : [], reader));
      if (details) index += 1;
    } else entries.push(unparsed(block, context));
  }
  return entries;
}

export function readPositions<K extends "experience" | "education">(
  kind: K,
  heading: string,
  line: number,
  blocks: RootContent[],
  context: ParseContext,
): K extends "experience" ? ExperienceSection : EducationSection;
export function readPositions(
  kind: "experience" | "education",
  heading: string,
  line: number,
  blocks: RootContent[],
  context: ParseContext,
): ExperienceSection | EducationSection {
  const what = kind === "experience" ? "experience entry" : "education entry";
  return { kind, heading, line, items: readBlocks(blocks, null, { context, what }) };
}
