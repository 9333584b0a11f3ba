import type { ListItem, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { firstParagraph, unparsed } from "./entries";
import { type EntryLine, namesOnlyRoles } from "./position-entry";
import {
  type Entry,
  type Header,
  HOW_TO_WRITE,
  hasDatedItems,
  isDated,
  itemLines,
  linesOf,
  notUnderstood,
  position,
  type Reader,
  withHeader,
} from "./position-blocks";

/** A year where no period could be read ("Spring 2024: …", "2024 (June-)"): the dates are there, unread. */
function yearWithoutPeriod(lines: EntryLine[]): string | null {
  for (const line of lines) {
    const found = /[^,|;:]*\b(?:19|20)\d{2}\b[^,|;:]*/.exec(line.text)?.[0].trim();
    if (found) return found;
  }
  return null;
}

/**
 * "[2024.06 - present]--**Role**" with the organisation on the one line of
 * the item nested below it: that line is read with the entry, not shown apart as written.
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

/** A list item of experience or education: one entry, or one per role nested under an organisation. */
export function readItem(item: ListItem, header: Header | null, reader: Reader): Entry[] {
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
