import type { ListItem, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { toPlainText } from "../markdown/render";
import type { EducationSection, ExperienceSection, Period, Position } from "../model";
import { parsePeriod } from "../text/dates";
import { type EntryResult, firstParagraph, notesOf, readEntries } from "./entries";

const NO_PERIOD: Period = { start: null, end: null };

/** Split "Org, Role, Sep 2018 - Jun 2023" at commas, "|" and " · ", but not inside parentheses. */
function splitParts(text: string): string[] {
  return text
    .split(/\s*(?:,|\||·)\s*(?![^()]*\))/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The period may close the line ("…, May 2025 - Now") or open it ("2018–2023: …"). */
function takePeriod(parts: string[]): { period: Period; rest: string[] } {
  const last = parts[parts.length - 1];
  const lastPeriod = last ? parsePeriod(last) : null;
  if (lastPeriod) return { period: lastPeriod, rest: parts.slice(0, -1) };
  const leading = /^(.+?):\s*(.*)$/.exec(parts[0] ?? "");
  const leadingPeriod = leading?.[1] ? parsePeriod(leading[1]) : null;
  if (leading && leadingPeriod)
    return { period: leadingPeriod, rest: [leading[2] ?? "", ...parts.slice(1)].filter(Boolean) };
  return { period: NO_PERIOD, rest: parts };
}

/**
 * "**Together AI**, Senior Staff Researcher, May 2025 - Now". The organisation
 * is the bold name when there is one, else the first part of the line.
 */
function readPosition(item: ListItem, context: ParseContext): EntryResult<Position> {
  const paragraph = firstParagraph(item);
  if (!paragraph) return { ok: false, reason: "it has no text line" };
  const bold = paragraph.children.find((node) => node.type === "strong");
  const organizationFromBold = bold ? toPlainText(bold).replace(/[,:]$/, "") : null;
  const text = toPlainText(paragraph.children.filter((node) => node !== bold));
  const { period, rest } = takePeriod(splitParts(text));
  const organization = organizationFromBold ?? rest.shift() ?? null;
  if (!organization) return { ok: false, reason: "it names no organisation" };
  return {
    ok: true,
    entry: {
      kind: "position",
      organization,
      title: rest.join(", ") || null,
      period,
      notesHtml: notesOf(item),
      line: context.lineOf(item),
    },
  };
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
  return { kind, heading, line, items: readEntries(blocks, context, what, (item) => readPosition(item, context)) };
}
