import type { List, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { IntroSection, ResearchArea, ResearchSection, Section } from "../model";
import { readResearchList } from "./research";

function intro(blocks: RootContent[], context: ParseContext): IntroSection {
  return { kind: "intro", heading: null, line: context.lineOf(blocks[0]), html: toSafeHtml(blocks), text: toPlainText(blocks) };
}

/** "My recent research mainly focuses on …:" introduces the list that follows it. */
function isLead(block: RootContent | undefined): boolean {
  return block?.type === "paragraph" && toPlainText(block).endsWith(":");
}

function findResearchList(blocks: RootContent[], context: ParseContext): { index: number; areas: ResearchArea[] } | null {
  for (const [index, block] of blocks.entries()) {
    const areas = block.type === "list" ? readResearchList(block as List, context) : null;
    if (areas) return { index, areas };
  }
  return null;
}

/**
 * Blocks around a research list: the list (with the sentence leading into it)
 * becomes a research section, what comes before and after stays text, in order.
 */
export function readResearchBlocks(heading: string | null, blocks: RootContent[], context: ParseContext): Section[] | null {
  const found = findResearchList(blocks, context);
  if (!found) return null;
  const hasLead = isLead(blocks[found.index - 1]);
  const before = blocks.slice(0, hasLead ? found.index - 1 : found.index);
  const lead = hasLead ? blocks[found.index - 1] : undefined;
  const after = blocks.slice(found.index + 1);
  const research: ResearchSection = {
    kind: "research",
    heading,
    line: context.lineOf(lead ?? blocks[found.index]),
    leadHtml: lead ? toSafeHtml([lead]) : null,
    areas: found.areas,
  };
  return [
    ...(before.length ? [intro(before, context)] : []),
    research,
    ...(after.length ? [intro(after, context)] : []),
  ];
}

/** Text before the first heading: the bio, and the research areas when it lists them. */
export function readIntro(blocks: RootContent[], context: ParseContext): Section[] {
  if (!blocks.length) return [];
  return readResearchBlocks(null, blocks, context) ?? [intro(blocks, context)];
}
