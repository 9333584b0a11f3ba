import type { Heading, Paragraph, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { toPlainText } from "../markdown/render";
import type { EducationSection, ExperienceSection } from "../model";
import { unparsed, withoutEmptyBlocks } from "./entries";
import {
  type Entry,
  type Header,
  hasDatedItems,
  isBoldLine,
  isDated,
  itemLines,
  linesOf,
  position,
  type Reader,
} from "./position-blocks";
import { type EntryLine, entryLine } from "./position-entry";
import { readItem } from "./position-items";
import { readParagraph } from "./position-paragraphs";

/** How many entries the blocks date: dated lines of paragraphs and dated list items. */
function datedUnits(blocks: RootContent[], context: ParseContext): number {
  return blocks.reduce((count, block) => {
    if (block.type === "paragraph") {
      return count + linesOf(block.children, context).filter((line) => line.period).length;
    }
    if (block.type === "list") return count + block.children.filter((item) => isDated(itemLines(item, context))).length;
    return count;
  }, 0);
}

function headerOf(node: Heading | Paragraph, context: ParseContext): EntryLine {
  return entryLine(node.children, toPlainText(node), context.lineOf(node));
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
    const extraBlocks = details?.type === "list" && !hasDatedItems(details, context) ? [details] : [];
    const lines = leading.flatMap((block) => (block.type === "paragraph" ? linesOf(block.children, context) : []));
    const entry = position([line, ...lines], line.line, extraBlocks);
    const header: Header = { node, line, used: true };
    const others = extraBlocks.length ? after : own.slice(leading.length);
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
  return { kind, heading, line, items: withoutEmptyBlocks(readBlocks(blocks, null, { context, what })) };
}
