import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import { defaultSchema, sanitize, type Schema } from "hast-util-sanitize";
import { defaultHandlers, type State, toMdast } from "hast-util-to-mdast";
import type {
  BlockContent,
  Blockquote,
  Image,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from "mdast";
import { phrasing } from "mdast-util-phrasing";
import { toHast } from "mdast-util-to-hast";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import type { ParseContext } from "../context";
import { splitLines } from "./lines";
import { toPlainText } from "./render";

declare module "mdast" {
  interface ListItemData {
    /** The venue badge of an AcadHomepage paper box ("CVPR 2024"); the item's first paragraph repeats it. */
    venueTag?: string;
  }
  interface BlockquoteData {
    /** Set on a folded abstract (`<details><summary>Abstract</summary>…`) read as a quote: its summary's words. */
    summary?: string;
  }
  interface ImageData {
    /**
     * Written as a raw `<img>` tag: read as a photo or a paper's teaser, and
     * otherwise never shown (a tracking pixel, a badge from a site that counts visits).
     */
    fromHtml?: boolean;
  }
}

// Dropped with what they hold: nothing in them is the author's prose, and all of it could run or restyle the page.
const DROPPED = ["script", "style", "iframe"];

// Set on the images written in markdown, which stay; raw `<img>` tags are kept only as a photo or a teaser.
const MARKDOWN_IMAGE = "dataMarkdownImage";

// GitHub's schema, keeping the class names the paper boxes are found by and the mark of markdown images
// (neither reaches the page).
const SCHEMA: Schema = {
  ...defaultSchema,
  strip: DROPPED,
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), "className"],
    img: [...(defaultSchema.attributes?.img ?? []), MARKDOWN_IMAGE],
  },
};

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

function findElement(node: Element, test: (element: Element) => boolean): Element | null {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return null;
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

function asBlocks(nodes: ReturnType<State["all"]>): Array<BlockContent> {
  const blocks: BlockContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.length) blocks.push({ type: "paragraph", children: run });
    run = [];
  };
  for (const node of nodes) {
    if (phrasing(node)) run.push(node);
    else {
      flush();
      blocks.push(node as BlockContent);
    }
  }
  flush();
  return blocks;
}

function rawImage(state: State, node: Element): Image {
  const image = defaultHandlers.img(state, node);
  return { ...image, data: { ...image.data, fromHtml: true } };
}

/**
 * AcadHomepage's paper box: a badge and an image beside the entry's markdown.
 * It is one entry, so it becomes a one-item list; the badge opens the item
 * and is remembered as its venue tag, the image follows the text as its teaser.
 */
function paperBox(state: State, node: Element): List | undefined {
  const text = findElement(node, (element) => hasClass(element, "paper-box-text"));
  if (!text) return undefined;
  const badge = findElement(node, (element) => hasClass(element, "badge"));
  const tag = badge ? textOf(badge).replace(/\s+/g, " ").trim() : "";
  const children = asBlocks(state.all(text));
  const tagParagraph: Paragraph[] = tag ? [{ type: "paragraph", children: [{ type: "text", value: tag }] }] : [];
  const picture = findElement(node, (element) => hasClass(element, "paper-box-image"));
  const img = picture && findElement(picture, (element) => element.tagName === "img");
  const teaser: Paragraph[] = img ? [{ type: "paragraph", children: [rawImage(state, img)] }] : [];
  const item: ListItem = {
    type: "listItem",
    spread: false,
    children: [...tagParagraph, ...children, ...teaser],
    ...(tag ? { data: { venueTag: tag } } : {}),
  };
  state.patch(node, item);
  return { type: "list", ordered: false, spread: false, children: [item] };
}

// The summary of a folded abstract; "Older news" or "BibTeX" folds something else.
const ABSTRACT_SUMMARY = /^(?:abstract|summary|tl;?\s*dr)\b/i;

/**
 * `<details><summary>Abstract</summary>…</details>`: a folded abstract, which
 * markdown has no element for. It becomes a quote led by its summary in bold,
 * the summary remembered. Other folded blocks ("Older news") are read as if
 * unfolded, so the entries inside them are read as entries.
 */
function details(state: State, node: Element): Blockquote | ReturnType<State["all"]> {
  const summary = node.children.find((child) => child.type === "element" && child.tagName === "summary");
  const label = summary ? textOf(summary).replace(/\s+/g, " ").trim() : "";
  if (!ABSTRACT_SUMMARY.test(label)) return defaultHandlers.details(state, node);
  const body = asBlocks(state.all({ ...node, children: node.children.filter((child) => child !== summary) }));
  const heading: Paragraph = {
    type: "paragraph",
    children: [{ type: "strong", children: [{ type: "text", value: label }] }],
  };
  const quote: Blockquote = { type: "blockquote", children: [heading, ...body], data: { summary: label } };
  state.patch(node, quote);
  return quote;
}

/** The lines of a `<dt>`, `<dd>` or `<td>`: its inline content split at `<br>`, or that of each of its paragraphs. */
function linesOf(state: State, node: Element): PhrasingContent[][] {
  return asBlocks(state.all(node))
    .flatMap((block) => (block.type === "paragraph" ? splitLines(block.children) : []))
    .filter((line) => toPlainText(line) !== "");
}

/**
 * `<dl>` education: each term (the school) with its definitions (degree,
 * dates) below it becomes one list item, the definitions after line breaks,
 * as an entry written in markdown would be.
 */
function definitionList(state: State, node: Element): List | undefined {
  const items: ListItem[] = [];
  for (const child of node.children) {
    if (child.type !== "element") continue;
    const lines = linesOf(state, child);
    const current = items.at(-1);
    const paragraph = current?.children[0];
    if (child.tagName === "dd" && paragraph?.type === "paragraph") {
      for (const line of lines) paragraph.children.push({ type: "break" }, ...line);
    } else if (lines.length) {
      const [first = [], ...rest] = lines;
      const children = rest.flatMap((line): PhrasingContent[] => [{ type: "break" }, ...line]);
      const item: ListItem = {
        type: "listItem",
        spread: false,
        children: [{ type: "paragraph", children: [...first, ...children] }],
      };
      state.patch(child, item);
      items.push(item);
    }
  }
  return items.length ? { type: "list", ordered: false, spread: false, children: items } : undefined;
}

function elementsNamed(node: Element, names: string[]): Element[] {
  return node.children.flatMap((child) => {
    if (child.type !== "element") return [];
    return names.includes(child.tagName) ? [child] : elementsNamed(child, names);
  });
}

/** A link whose words are a phrase, such as a paper's title, rather than "PDF" or "Code". */
function hasTitleLink(node: Element): boolean {
  return elementsNamed(node, ["a"]).some((link) => textOf(link).trim().split(/\s+/).length >= 3);
}

/**
 * A table laid out as one paper a row (a thumbnail cell, then the title link,
 * authors and venue): each row becomes a list item holding its cells' lines,
 * as an entry written in markdown would. Any other table stays a table.
 */
function paperTable(state: State, node: Element): List | undefined {
  const rows = elementsNamed(node, ["tr"]);
  if (rows.length === 0 || !rows.every(hasTitleLink)) return undefined;
  const items = rows.flatMap((row): ListItem[] => {
    const cellLines = elementsNamed(row, ["td", "th"]).flatMap((cell) => linesOf(state, cell));
    // A thumbnail written in markdown is kept, after the entry's own lines: its title comes first.
    const isImage = (line: PhrasingContent[]) => line.every((node) => node.type === "image");
    const lines = [...cellLines.filter((line) => !isImage(line)), ...cellLines.filter(isImage)];
    if (lines.length === 0) return [];
    const [first = [], ...rest] = lines;
    const children = rest.flatMap((line): PhrasingContent[] => [{ type: "break" }, ...line]);
    const item: ListItem = {
      type: "listItem",
      spread: false,
      children: [{ type: "paragraph", children: [...first, ...children] }],
    };
    state.patch(row, item);
    return [item];
  });
  return { type: "list", ordered: false, spread: false, children: items };
}

const HANDLERS = {
  details,
  div: (state: State, node: Element) =>
    (hasClass(node, "paper-box") && paperBox(state, node)) || defaultHandlers.div(state, node),
  dl: definitionList,
  table: (state: State, node: Element) => paperTable(state, node) ?? defaultHandlers.table(state, node),
  // A link whose address the sanitizer removed reads as its words, not as a link that goes nowhere.
  a: (state: State, node: Element) => (node.properties.href ? defaultHandlers.a(state, node) : state.all(node)),
  img: (state: State, node: Element) =>
    node.properties[MARKDOWN_IMAGE] ? defaultHandlers.img(state, node) : rawImage(state, node),
};

function warnDropped(tree: HastRoot, context: ParseContext): void {
  visit(tree, "element", (node: Element) => {
    if (!DROPPED.includes(node.tagName)) return;
    const line = node.position?.start.line;
    context.warn(
      line === undefined ? null : context.bodyLine(line),
      `${/^[aeiou]/.test(node.tagName) ? "an" : "a"} "${node.tagName}" HTML block is left out: the site runs no script, styles or embedded frames from the content file`,
    );
  });
}

/** Blocks the HTML left empty, such as `<span class="anchor" id="news"></span>` or `<br>` lines. */
function dropEmpty(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    const strayBreak = node.type === "break" && parent.type === "root";
    const emptyParagraph =
      node.type === "paragraph" &&
      toPlainText(node) === "" &&
      !node.children.some((child) => child.type === "link" || child.type === "image");
    if (!strayBreak && !emptyParagraph) return;
    parent.children.splice(index, 1);
    return index;
  });
}

function hasRawHtml(node: Nodes): boolean {
  let found = false;
  visit(node, "html", () => {
    found = true;
    return false;
  });
  return found;
}

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/** How many elements a top-level HTML block leaves open ("<div class='paper-box'>…" opens two). */
function openedBy(node: RootContent): number {
  if (node.type !== "html") return 0;
  let open = 0;
  for (const [, close, name = "", selfClosing] of node.value.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^<>]*?(\/?)>/g)) {
    if (VOID.test(name) || selfClosing) continue;
    open += close ? -1 : 1;
  }
  return open;
}

/**
 * Runs of top-level blocks to read as HTML: a block with raw HTML in it, and
 * after a block that opens elements, the blocks up to the one that closes them
 * (the markdown inside an AcadHomepage paper box sits between its `<div>`s).
 */
function htmlRuns(children: RootContent[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let start = 0; start < children.length; start++) {
    const first = children[start];
    if (!first || !hasRawHtml(first)) continue;
    let end = start + 1;
    for (let open = openedBy(first); open > 0 && end < children.length; end++) {
      const next = children[end];
      if (next) open += openedBy(next);
    }
    runs.push([start, end]);
    start = end - 1;
  }
  return runs;
}

function markMarkdownImages(root: Root): void {
  visit(root, "image", (image) => {
    image.data = { ...image.data, hProperties: { ...image.data?.hProperties, [MARKDOWN_IMAGE]: "true" } };
  });
}

function reparse(blocks: RootContent[], file: VFile, context: ParseContext): RootContent[] {
  const root: Root = { type: "root", children: blocks };
  markMarkdownImages(root);
  const html = raw(toHast(root, { allowDangerousHtml: true }) as HastNodes, { file }) as HastRoot;
  warnDropped(html, context);
  const clean = sanitize(html, SCHEMA) as HastRoot;
  const result = toMdast(clean, { newlines: true, handlers: HANDLERS }) as Root;
  dropEmpty(result);
  // Text nested in raw HTML can come back without a position; it is at least where its HTML block starts.
  const start = blocks[0]?.position;
  if (start) visit(result, (node) => void (node.position ??= { start: start.start, end: start.start }));
  return result.children;
}

/**
 * Raw HTML read the way a browser reads it, then sanitized: a link keeps its
 * address, bold stays bold, an AcadHomepage paper box or a `<dl>` becomes
 * list-like structure the section readers understand, and script, styles and
 * embeds are dropped with a warning. Only the blocks that hold raw HTML are
 * reparsed, so plain markdown costs nothing more.
 */
export function reparseRawHtml(tree: Root, body: string, context: ParseContext): Root {
  const runs = htmlRuns(tree.children);
  if (!runs.length) return tree;
  const file = new VFile(body);
  const children: RootContent[] = [];
  let next = 0;
  for (const [start, end] of runs) {
    children.push(...tree.children.slice(next, start), ...reparse(tree.children.slice(start, end), file, context));
    next = end;
  }
  children.push(...tree.children.slice(next));
  return { ...tree, children };
}
