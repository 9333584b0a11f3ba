import type { Link as LinkNode, List, ListItem, PhrasingContent, RootContent } from "mdast";
import type { ParseContext } from "../context";
import { toPlainText, toSafeHtml } from "../markdown/render";
import type { ResearchArea, ResearchItem, ResearchSection, Section } from "../model";
import { safeHref } from "../text/links";
import { slugify } from "../text/slug";
import { firstParagraph } from "./entries";
import { readIntroSection } from "./intro";

/** "Deja Vu (ICML23, Oral)" → label "Deja Vu", remark "ICML23, Oral". */
function splitLabel(text: string): { label: string; remark: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text.trim());
  return match?.[1] ? { label: match[1], remark: match[2]?.trim() || null } : { label: text.trim(), remark: null };
}

/** A remark may also follow the link: "[Deja Vu](…) (ICML23)". */
function remarkAfter(nodes: PhrasingContent[], index: number): string | null {
  const next = nodes[index + 1];
  if (next?.type !== "text") return null;
  return /^\s*\(([^()]+)\)/.exec(next.value)?.[1]?.trim() ?? null;
}

function itemFromLink(link: LinkNode, remark: string | null, context: ParseContext): ResearchItem {
  const written = splitLabel(toPlainText(link));
  return {
    label: written.label,
    remark: written.remark ?? remark,
    href: safeHref(link.url),
    publicationId: null,
    line: context.lineOf(link),
  };
}

/**
 * Words beside the links that are neither a remark nor a separator, such as an
 * unclosed "[AQ-SGD (Neu" left by a half-finished edit. Dropping them would
 * lose what the author wrote, so such a list is shown as written instead.
 */
function hasStrayText(nodes: PhrasingContent[]): boolean {
  const stray = nodes
    .map((node, index) => {
      if (node.type === "link") return " ";
      const text = toPlainText(node);
      return nodes[index - 1]?.type === "link" ? text.replace(/^\s*\([^()]+\)/, " ") : text;
    })
    .join("")
    .replace(/\band\b/gi, " ");
  return /[\p{L}\p{N}]/u.test(stray);
}

function itemsOfLine(nodes: PhrasingContent[], context: ParseContext): ResearchItem[] | null {
  const links = nodes.flatMap((node, index) =>
    node.type === "link" ? [itemFromLink(node, remarkAfter(nodes, index), context)] : [],
  );
  if (links.length) return hasStrayText(nodes) ? null : links;
  const text = toPlainText(nodes);
  return text ? [{ ...splitLabel(text), href: null, publicationId: null, line: context.lineOf(nodes[0]) }] : [];
}

/** The linked works nested under an area; null when one of their lines is not only links. */
function nestedItems(item: ListItem, context: ParseContext): ResearchItem[] | null {
  const lines = item.children
    .filter((child): child is List => child.type === "list")
    .flatMap((list) => list.children)
    .map((nested) => itemsOfLine(firstParagraph(nested)?.children ?? [], context));
  return lines.every((line): line is ResearchItem[] => line !== null) ? lines.flat() : null;
}

/** "Area: [A](…), [B](…)" on one line, when the author did not nest a list. */
function inlineArea(item: ListItem, context: ParseContext): ResearchArea | null {
  const children = firstParagraph(item)?.children ?? [];
  const colonAt = children.findIndex((node) => node.type === "text" && node.value.includes(":"));
  if (colonAt === -1 || !children.slice(colonAt).some((node) => node.type === "link")) return null;
  const colonNode = children[colonAt];
  if (colonNode?.type !== "text") return null;
  const [before = "", after = ""] = colonNode.value.split(/:(.*)/s);
  const title = toPlainText([...children.slice(0, colonAt), { ...colonNode, value: before }]);
  const items = itemsOfLine([{ ...colonNode, value: after }, ...children.slice(colonAt + 1)], context);
  return title && items ? { title, slug: slugify(title), items } : null;
}

/** An area is its title line and nested lists; anything more (a stray paragraph) would be lost, so it is not an area. */
function hasOnlyTitleAndLists(item: ListItem): boolean {
  return item.children.every((child, index) => (index === 0 ? child.type === "paragraph" : child.type === "list"));
}

function readArea(item: ListItem, context: ParseContext): ResearchArea | null {
  if (!hasOnlyTitleAndLists(item)) return null;
  const nested = nestedItems(item, context);
  if (nested === null) return null;
  if (!nested.length) return inlineArea(item, context);
  const title = toPlainText(firstParagraph(item)?.children ?? []).replace(/:$/, "");
  return title ? { title, slug: slugify(title), items: nested } : null;
}

/** Areas of a list, when every item of it reads as "area → linked works"; else null. */
function readResearchList(list: List, context: ParseContext): ResearchArea[] | null {
  const areas = list.children.map((item) => readArea(item, context));
  const complete = areas.filter((area): area is ResearchArea => area !== null);
  const hasLinks = complete.some((area) => area.items.some((entry) => entry.href !== null));
  return complete.length === areas.length && complete.length > 0 && hasLinks ? complete : null;
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
    const areas = block.type === "list" ? readResearchList(block, context) : null;
    if (areas) return { index, areas };
  }
  return null;
}

/**
 * The sections in blocks that hold a research list: the list (with the sentence
 * leading into it) becomes a research section, what comes before and after it
 * stays text, in order; null when the blocks hold no research list.
 * Under a research heading, everything before the list introduces it. Without
 * one, only a list introduced by a sentence ending in ":" is read as research:
 * a bio's bare "- Email: [me](mailto:…)" list has the same shape.
 */
export function readResearchSections(
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
    ...(before.length ? [readIntroSection(before, context)] : []),
    research,
    ...(after.length ? [readIntroSection(after, context)] : []),
  ];
}
