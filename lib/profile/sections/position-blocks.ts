/** What the readers of experience and education share: lines of text, dates, and how an entry is made or refused. */
import type { List, ListItem, PhrasingContent, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { splitLines } from "../markdown/lines";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { Position, UnparsedBlock } from "../model";
import { firstParagraph, unparsed } from "./entries";
import { type EntryLine, entryLine, namesOnlyRoles, readPositionLines } from "./position-entry";

export type Entry = Position | UnparsedBlock;

/** A heading or a bold line that names the organisation of the entries below it. */
export interface Header {
  node: RootContent;
  line: EntryLine;
  used: boolean;
}

export interface Reader {
  context: ParseContext;
  what: string;
}

export const HOW_TO_WRITE = 'write it as "- **Organisation**, Role, Sep 2020 - Now"';

export function linesOf(nodes: PhrasingContent[], context: ParseContext): EntryLine[] {
  return splitLines(nodes).map((line) => entryLine(line, toPlainText(line), context.lineOf(line[0])));
}

export function isDated(lines: EntryLine[]): boolean {
  return lines.some((line) => line.period !== null);
}

export function itemLines(item: ListItem | undefined, context: ParseContext): EntryLine[] {
  const paragraph = item && firstParagraph(item);
  return paragraph ? linesOf(paragraph.children, context) : [];
}

export function hasDatedItems(list: List, context: ParseContext): boolean {
  return list.children.some((item) => isDated(itemLines(item, context)));
}

function extraHtml(leftover: EntryLine[], blocks: RootContent[]): string | null {
  const lines: RootContent[] = leftover.map((line) => ({ type: "paragraph", children: line.nodes }));
  const extra = [...lines, ...blocks];
  return extra.length ? toSafeHtml(extra) : null;
}

/** The entry's own lines, with the header's line first when they name no organisation themselves. */
export function withHeader(lines: EntryLine[], header: Header | null): EntryLine[] {
  if (!header || !namesOnlyRoles(lines)) return lines;
  header.used = true;
  return [header.line, ...lines];
}

export function position(lines: EntryLine[], line: number, extraBlocks: RootContent[]): Position | null {
  const reading = readPositionLines(lines);
  if (!reading) return null;
  const { organization, title, period, leftover } = reading;
  return {
    kind: "position",
    organization,
    title,
    period: period ?? { start: null, end: null },
    extraHtml: extraHtml(leftover, extraBlocks),
    line,
  };
}

export function notUnderstood(node: RootContent, reason: string, reader: Reader): UnparsedBlock {
  reader.context.warn(reader.context.lineOf(node), `${reader.what} not understood (${reason}); shown as written`);
  return unparsed(node, reader.context);
}

export function strongNodes(line: EntryLine): PhrasingContent[] {
  return line.nodes.filter((node) => node.type === "strong");
}

export function isBoldLine(line: EntryLine): boolean {
  return line.nodes.every((node) => node.type === "strong" || (node.type === "text" && !node.value.trim()));
}
