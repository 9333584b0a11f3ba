import type { Paragraph, RootContent } from "mdast";
import { unparsed } from "./entries";
import {
  type Entry,
  type Header,
  HOW_TO_WRITE,
  isBoldLine,
  isDated,
  linesOf,
  notUnderstood,
  position,
  type Reader,
  strongNodes,
  withHeader,
} from "./position-blocks";
import type { EntryLine } from "./position-entry";

/**
 * Split a paragraph's lines into entries. When a date opens the first line
 * ("*2019 - 2023*, Org, Degree"), each dated line opens an entry; otherwise
 * each dated line closes one ("Org" / "Degree" / "2019 - 2023").
 */
function entryGroups(lines: EntryLine[]): EntryLine[][] {
  const dated = lines.map((line) => line.period !== null);
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

/**
 * Entries written as paragraphs: "**Org**, Role, *2022 - 2026*", or lines
 * joined by line breaks ("Org\" "Degree\" "2018 - 2023"). A paragraph with no
 * date is shown as written.
 */
export function readParagraph(
  paragraph: Paragraph,
  header: Header | null,
  extraBlocks: RootContent[],
  reader: Reader,
): Entry[] {
  const lines = linesOf(paragraph.children, reader.context);
  if (!isDated(lines)) {
    // A short line with a bold name reads as an entry that lacks its dates; a longer paragraph is prose, shown as written.
    const looksLikeEntry = lines.length <= 3 && lines.some((line) => strongNodes(line).length > 0);
    if (looksLikeEntry) return [notUnderstood(paragraph, `it has no dates; ${HOW_TO_WRITE}`, reader)];
    return [unparsed(paragraph, reader.context)];
  }
  const [first, ...others] = lines;
  // A bold organisation line above several dated roles heads each of them.
  const datedCount = lines.filter((line) => line.period).length;
  const ownHeader: Header | null =
    first && !first.period && isBoldLine(first) && datedCount >= 2
      ? { node: paragraph, line: first, used: false }
      : null;
  const groups = entryGroups(ownHeader ? others : lines);
  const entries = groups.map((group, index) => {
    const [opening] = group;
    const entry = position(
      withHeader(group, ownHeader ?? header),
      opening?.line ?? reader.context.lineOf(paragraph),
      index === groups.length - 1 ? extraBlocks : [],
    );
    return entry ?? notUnderstood(paragraph, `it names no organisation; ${HOW_TO_WRITE}`, reader);
  });
  return ownHeader && !ownHeader.used ? [unparsed(paragraph, reader.context), ...entries] : entries;
}
