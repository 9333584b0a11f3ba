import type { Link as LinkNode, List, ListItem, PhrasingContent } from "mdast";
import type { ParseContext } from "../context";
import { toPlainText } from "../markdown/render";
import type { ResearchArea, ResearchItem } from "../model";
import { safeHref } from "../text/links";
import { slugify } from "../text/slug";
import { firstParagraph } from "./entries";

/** "Deja Vu (ICML23, Oral)" → label "Deja Vu", note "ICML23, Oral". */
function splitLabel(text: string): { label: string; note: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text.trim());
  return match?.[1] ? { label: match[1], note: match[2]?.trim() || null } : { label: text.trim(), note: null };
}

/** A note may also follow the link: "[Deja Vu](…) (ICML23)". */
function noteAfter(nodes: PhrasingContent[], index: number): string | null {
  const next = nodes[index + 1];
  if (next?.type !== "text") return null;
  return /^\s*\(([^()]+)\)/.exec(next.value)?.[1]?.trim() ?? null;
}

function itemFromLink(link: LinkNode, note: string | null, context: ParseContext): ResearchItem {
  const written = splitLabel(toPlainText(link));
  return {
    label: written.label,
    note: written.note ?? note,
    href: safeHref(link.url),
    publicationId: null,
    line: context.lineOf(link),
  };
}

function itemsOfLine(nodes: PhrasingContent[], context: ParseContext): ResearchItem[] {
  const links = nodes.flatMap((node, index) =>
    node.type === "link" ? [itemFromLink(node, noteAfter(nodes, index), context)] : [],
  );
  if (links.length) return links;
  const text = toPlainText(nodes);
  return text ? [{ ...splitLabel(text), href: null, publicationId: null, line: context.lineOf(nodes[0]) }] : [];
}

function nestedItems(item: ListItem, context: ParseContext): ResearchItem[] {
  return item.children
    .filter((child): child is List => child.type === "list")
    .flatMap((list) => list.children)
    .flatMap((nested) => itemsOfLine(firstParagraph(nested)?.children ?? [], context));
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
  return title ? { title, slug: slugify(title), items } : null;
}

function readArea(item: ListItem, context: ParseContext): ResearchArea | null {
  const nested = nestedItems(item, context);
  if (!nested.length) return inlineArea(item, context);
  const title = toPlainText(firstParagraph(item)?.children ?? []).replace(/:$/, "");
  return title ? { title, slug: slugify(title), items: nested } : null;
}

/** Areas of a list, when every item of it reads as "area → linked works"; else null. */
export function readResearchList(list: List, context: ParseContext): ResearchArea[] | null {
  const areas = list.children.map((item) => readArea(item, context));
  const complete = areas.filter((area): area is ResearchArea => area !== null);
  const hasLinks = complete.some((area) => area.items.some((entry) => entry.href !== null));
  return complete.length === areas.length && complete.length > 0 && hasLinks ? complete : null;
}
