import type { ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { splitLines } from "../markdown/lines";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { UnparsedBlock, Update, UpdatesSection, YearMonth } from "../model";
import { type DatePrefix, readDateLabel, readDatePrefix } from "../text/date-prefix";
import { type EntryResult, firstParagraph, readEntries, unparsed, withoutEmptyBlocks } from "./entries";

type Line = PhrasingContent[];

type DatedLine = { kind: "date"; date: YearMonth; rest: Line } | Exclude<DatePrefix, { kind: "date" }>;

const HOW_TO_WRITE = 'write it as "May 2025: …", "[2025.05] …" or "**May 2025**: …"';

function isEmphasis(node: PhrasingContent | undefined): boolean {
  return node?.type === "strong" || node?.type === "emphasis";
}

/** The text after an emphasised date, without the ":" or dash that ended the date. */
function afterEmphasis(rest: Line): Line {
  const [next, ...others] = rest;
  if (next?.type !== "text") return rest;
  const value = next.value.replace(/^\s*(?:[:：]|[—–-])?\s*/, "");
  return value ? [{ ...next, value }, ...others] : others;
}

/** A date set in bold or italics at the start: "**May 2025**: …", "*2024.05*: …", "**[Jul. 2026]** …". */
function emphasisedDate(lead: Line, emphasis: PhrasingContent, rest: Line, year: number | null): DatedLine {
  const label = readDateLabel(toPlainText(emphasis), year);
  if (label.kind !== "date") return label;
  const shown = label.rest ? [emphasis, ...rest] : afterEmphasis(rest);
  return { kind: "date", date: label.date, rest: [...lead, ...shown] };
}

function plainDate(line: Line, year: number | null): DatedLine {
  const [first, ...rest] = line;
  if (first?.type !== "text") return { kind: "none" };
  const prefix = readDatePrefix(first.value, year);
  if (prefix.kind !== "date") return prefix;
  return { kind: "date", date: prefix.date, rest: prefix.rest ? [{ ...first, value: prefix.rest }, ...rest] : rest };
}

/**
 * Where a line of news says when it happened, if it does. An emoji before the date stays with
 * the text. `year` is that of the year heading above the line, for dates written without one.
 */
function datedLine(line: Line, year: number | null): DatedLine {
  const [first, second, ...rest] = line;
  if (first && isEmphasis(first)) return emphasisedDate([], first, second ? [second, ...rest] : [], year);
  const isLead = first?.type === "text" && !/[\p{L}\p{N}]/u.test(first.value);
  if (isLead && second && isEmphasis(second)) return emphasisedDate([first], second, rest, year);
  return plainDate(line, year);
}

function notDated(dated: Exclude<DatedLine, { kind: "date" }>): string {
  return dated.kind === "unreadable"
    ? `it starts with "${dated.written}", which is not a date we read; ${HOW_TO_WRITE}`
    : `it does not start with a date; ${HOW_TO_WRITE}`;
}

function update(date: YearMonth, body: RootContent[], line: number): Update {
  return { kind: "update", date, html: toSafeHtml(body), text: toPlainText(body), line };
}

/**
 * "🎉 A paper was accepted. <div style="float: right">2020.12</div>": a timeline
 * that sets each date apart after its text. The date is the item's last block.
 */
function trailingDate(item: ListItem, year: number | null): { date: YearMonth; body: RootContent[] } | null {
  const last = item.children.at(-1);
  if (item.children.length < 2 || last?.type !== "paragraph") return null;
  const label = readDateLabel(toPlainText(last), year);
  return label.kind === "date" && label.rest === "" ? { date: label.date, body: item.children.slice(0, -1) } : null;
}

function readUpdate(item: ListItem, year: number | null, context: ParseContext): EntryResult<Update> {
  const paragraph = firstParagraph(item);
  if (!paragraph) return { ok: false, reason: `it has no text line; ${HOW_TO_WRITE}` };
  const dated = datedLine(paragraph.children, year);
  const trailing = dated.kind === "none" ? trailingDate(item, year) : null;
  if (trailing) return { ok: true, entry: update(trailing.date, trailing.body, context.lineOf(item)) };
  if (dated.kind !== "date") return { ok: false, reason: notDated(dated) };
  const body: RootContent[] = [
    { type: "paragraph", children: dated.rest } satisfies Paragraph,
    ...item.children.slice(1),
  ];
  return { ok: true, entry: update(dated.date, body, context.lineOf(item)) };
}

function joinLines(lines: Line[]): Paragraph {
  return {
    type: "paragraph",
    position: lines[0]?.[0]?.position,
    children: lines.flatMap((line, index) => (index === 0 ? line : [{ type: "text", value: "\n" }, ...line])),
  };
}

/**
 * News written as paragraphs rather than a list: each line that opens with a
 * date starts an update, and the lines below it, up to the next date, are its
 * text. Lines before the first date are shown as written.
 */
function readNewsParagraph(
  paragraph: Paragraph,
  year: number | null,
  context: ParseContext,
): Array<Update | UnparsedBlock> {
  const lines = splitLines(paragraph.children);
  const readings = lines.map((line) => datedLine(line, year));
  if (!readings.some((reading) => reading.kind === "date")) return [unparsed(paragraph, context)];
  const items: Array<Update | UnparsedBlock> = [];
  let undated: Line[] = [];
  let current: { date: YearMonth; lines: Line[]; line: number } | null = null;
  const flush = () => {
    if (current) items.push(update(current.date, [joinLines(current.lines)], current.line));
    else if (undated.length) items.push(unparsed(joinLines(undated), context));
    current = null;
    undated = [];
  };
  lines.forEach((line, index) => {
    const reading = readings[index] ?? { kind: "none" };
    const at = context.lineOf(line[0]);
    if (reading.kind === "date") {
      flush();
      current = { date: reading.date, lines: [reading.rest], line: at };
    } else if (reading.kind === "unreadable") {
      flush();
      context.warn(at, `update not understood (${notDated(reading)}); shown as written`);
      undated = [line];
    } else if (current) current.lines.push(line);
    else undated.push(line);
  });
  flush();
  return items;
}

/** "## 2022" over news written "**18th Nov:** …": the year the dates below it leave out. */
function headingYear(block: RootContent): number | null {
  if (block.type !== "heading") return null;
  const match = /^\s*(\d{4})\s*$/.exec(toPlainText(block));
  return match ? Number(match[1]) : null;
}

/** A paragraph that is a date and nothing else ("2025", "**May 2024**"). */
function dateAlone(block: RootContent | undefined, year: number | null): YearMonth | null {
  if (block?.type !== "paragraph" || splitLines(block.children).length !== 1) return null;
  const label = readDateLabel(toPlainText(block), year);
  return label.kind === "date" && label.rest === "" ? label.date : null;
}

/**
 * A timeline's item: the date in a paragraph (or `<div>`) of its own, the
 * news in the paragraph after it, which starts with no date of its own.
 */
function timelineItem(blocks: RootContent[], index: number, year: number | null, context: ParseContext): Update | null {
  const date = dateAlone(blocks[index], year);
  const next = blocks[index + 1];
  if (!date || next?.type !== "paragraph") return null;
  const [firstLine = []] = splitLines(next.children);
  return datedLine(firstLine, year).kind === "none" ? update(date, [next], context.lineOf(blocks[index])) : null;
}

export function readUpdates(
  heading: string,
  line: number,
  blocks: RootContent[],
  context: ParseContext,
): UpdatesSection {
  let year: number | null = null;
  const items: Array<Update | UnparsedBlock> = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block) continue;
    if (block.type === "heading") year = headingYear(block);
    const timeline = timelineItem(blocks, index, year, context);
    if (timeline) {
      items.push(timeline);
      index += 1;
    } else if (block.type === "paragraph") items.push(...readNewsParagraph(block, year, context));
    else items.push(...readEntries([block], context, "update", (item) => readUpdate(item, year, context)));
  }
  return { kind: "updates", heading, line, items: withoutEmptyBlocks(items) };
}
