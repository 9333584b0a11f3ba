import type { Heading, Root, RootContent } from "mdast";
import { toPlainText } from "../markdown/render";
import { classifyHeading } from "./classify";

export interface Chunk {
  heading: Heading;
  kind: HeadingKind;
  blocks: RootContent[];
}

type HeadingKind = ReturnType<typeof classifyHeading>;

/**
 * Whether a heading opens a section of its own. A known name always does, at
 * any depth ("### Publications" under "## Research Interests"), except a
 * deeper one of the open section's own kind ("### Preprints" inside
 * "## Publications"), which groups its entries; any other heading does when it
 * is no deeper than the open section's.
 */
function opensSection(heading: Heading, kind: HeadingKind, open: Chunk | undefined): boolean {
  if (!open) return true;
  if (kind === "other") return heading.depth <= open.heading.depth;
  return kind !== open.kind || heading.depth <= open.heading.depth;
}

/**
 * A page that starts with a heading that names no section ("# Jane Doe",
 * "# About me") and holds every other heading below it is titled by it: the
 * heading is the document's title, not one section swallowing the page.
 */
function documentTitle(tree: Root): Heading | null {
  const headings = tree.children.filter((node): node is Heading => node.type === "heading");
  const [first, ...others] = headings;
  if (!first || classifyHeading(toPlainText(first)) !== "other") return null;
  const before = tree.children.slice(0, tree.children.indexOf(first));
  if (toPlainText(before) !== "") return null;
  return others.every((heading) => heading.depth > first.depth) ? first : null;
}

/** Split the body into the text before any section, the document title, and its sections in order. */
/**
 * "**Publications**" alone on its line, as READMEs and simple pages write a
 * heading: a known section name in bold is read as a heading at the level of
 * the section before it.
 */
function boldHeading(node: RootContent, open: Chunk | undefined): Heading | null {
  if (node.type !== "paragraph") return null;
  const [only, ...rest] = node.children;
  if (only?.type !== "strong" || !rest.every((child) => child.type === "text" && /^\s*:?\s*$/.test(child.value))) {
    return null;
  }
  if (classifyHeading(toPlainText(only)) === "other") return null;
  return { type: "heading", depth: open?.heading.depth ?? 2, children: only.children, position: node.position };
}

export function chunk(tree: Root): { title: Heading | null; preamble: RootContent[]; chunks: Chunk[] } {
  const title = documentTitle(tree);
  const preamble: RootContent[] = [];
  const chunks: Chunk[] = [];
  for (const node of tree.children) {
    if (node === title) continue;
    const heading = node.type === "heading" ? node : boldHeading(node, chunks.at(-1));
    const kind = heading ? classifyHeading(toPlainText(heading)) : null;
    if (heading && kind && opensSection(heading, kind, chunks.at(-1))) {
      chunks.push({ heading, kind, blocks: [] });
    } else (chunks.at(-1)?.blocks ?? preamble).push(node);
  }
  return { title, preamble, chunks };
}
