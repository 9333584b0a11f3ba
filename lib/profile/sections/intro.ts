import type { List, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { IntroSection, ResearchArea, ResearchSection, Section } from "../model";
import { readResearchList } from "./research";

function intro(blocks: RootContent[], context: ParseContext): IntroSection {
  return {
    kind: "intro",
    heading: null,
    line: context.lineOf(blocks[0]),
    html: toSafeHtml(blocks),
    text: toPlainText(blocks),
  };
}

/** "My recent research mainly focuses on …:" introduces the list that follows it. */
function isLead(block: RootContent | undefined): boolean {
  return block?.type === "paragraph" && toPlainText(block).endsWith(":");
}

function findResearchList(
  blocks: RootContent[],
  context: ParseContext,
  needsLead: boolean,
): { index: number; areas: ResearchArea[] } | null {
  for (const [index, block] of blocks.entries()) {
    if (needsLead && !isLead(blocks[index - 1])) continue;
    const areas = block.type === "list" ? readResearchList(block as List, context) : null;
    if (areas) return { index, areas };
  }
  return null;
}

/**
 * Blocks around a research list: the list (with the sentence leading into it)
 * becomes a research section, what comes before and after stays text, in order.
 * Under a research heading, everything before the list introduces it. Without
 * one, only a list introduced by a sentence ending in ":" is read as research:
 * a bio's bare "- Email: [me](mailto:…)" list has the same shape.
 */
export function readResearchBlocks(
  heading: string | null,
  blocks: RootContent[],
  context: ParseContext,
): Section[] | null {
  const found = findResearchList(blocks, context, heading === null);
  if (!found) return null;
  const leadStart = heading === null ? found.index - 1 : 0;
  const before = blocks.slice(0, leadStart);
  const lead = blocks.slice(leadStart, found.index);
  const after = blocks.slice(found.index + 1);
  const research: ResearchSection = {
    kind: "research",
    heading,
    line: context.lineOf(lead[0] ?? blocks[found.index]),
    leadHtml: lead.length ? toSafeHtml(lead) : null,
    areas: found.areas,
  };
  return [
    ...(before.length ? [intro(before, context)] : []),
    research,
    ...(after.length ? [intro(after, context)] : []),
  ];
}

/** The document's title heading ("# Jane Doe"), which heads the intro. */
export interface DocumentTitle {
  text: string;
  line: number;
}

/**
 * Text before the first section: the bio, and the research areas when it lists
 * them. A document title heads the first of them, and is kept even with no text
 * below it: it is the author's words, and may be their name.
 */
export function readIntro(blocks: RootContent[], context: ParseContext, title: DocumentTitle | null = null): Section[] {
  if (!blocks.length) {
    return title ? [{ kind: "intro", heading: title.text, line: title.line, html: "", text: "" }] : [];
  }
  const [first, ...rest] = readResearchBlocks(null, blocks, context) ?? [intro(blocks, context)];
  if (!first || !title) return first ? [first, ...rest] : rest;
  return [{ ...first, heading: title.text, line: title.line }, ...rest];
}
