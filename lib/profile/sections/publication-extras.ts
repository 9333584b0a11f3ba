import type { Image as ImageNode, Nodes, Paragraph, PhrasingContent, RootContent } from "mdast";
import { filter } from "unist-util-filter";
import { visit } from "unist-util-visit";
import { isBadgeImage } from "../files/images";
import { toPlainText } from "../markdown/render";
import type { Line } from "./entry-lines";

/**
 * What an entry holds besides its citation: a teaser image and an abstract.
 * Both are taken out of the entry's lines and notes without touching the
 * syntax tree, which is still shown as written should the entry not read as a paper.
 */

/** A node that is an image, or a link around nothing but one ("[![teaser](t.png)](https://…)"). */
function imageIn(node: PhrasingContent): ImageNode | null {
  if (node.type === "image") return isBadgeImage(node.url) ? null : node;
  if (node.type !== "link" || node.children.length !== 1) return null;
  const [only] = node.children;
  return only?.type === "image" && !isBadgeImage(only.url) ? only : null;
}

/** The entry's lines without the images written on them, and the first of those images. */
export function takeLineImages(lines: Line[]): { lines: Line[]; image: ImageNode | null } {
  let image: ImageNode | null = null;
  const kept = lines
    .map((line) =>
      line.filter((node) => {
        const found = imageIn(node);
        if (found && !image) image = found;
        return !found;
      }),
    )
    .filter((line) => line.length > 0);
  return { lines: kept, image };
}

function firstImage(blocks: RootContent[]): ImageNode | null {
  let found: ImageNode | null = null;
  for (const block of blocks) {
    visit(block, "image", (image) => {
      if (isBadgeImage(image.url)) return undefined;
      found = image;
      return false;
    });
    if (found) return found;
  }
  return null;
}

/** Blocks without one node, and without a block that held nothing else. */
function without(blocks: RootContent[], node: Nodes): RootContent[] {
  return blocks.flatMap((block) => {
    if (block === node) return [];
    const left = filter(block, (child) => child !== node) as RootContent | undefined;
    return left && !(left.type === "paragraph" && left.children.length === 0) ? [left] : [];
  });
}

/** The first image among the notes below the entry, and the notes without it. */
export function takeNoteImage(notes: RootContent[]): { notes: RootContent[]; image: ImageNode | null } {
  const image = firstImage(notes);
  return image ? { notes: without(notes, image), image } : { notes, image: null };
}

// "Abstract:", "**Abstract.**", "Abstract —": the label an abstract is introduced by.
const LABEL = /^\s*abstract\s*(?:[:.—–-]\s*|$)/i;
const LABEL_WORD = /^\s*abstract\s*[:.—–-]?\s*$/i;

/** A paragraph's content without its leading "Abstract" label, or null when it has none. */
function withoutLabel(children: PhrasingContent[]): PhrasingContent[] | null {
  const [first, ...rest] = children;
  if (!first) return null;
  if ((first.type === "strong" || first.type === "emphasis") && LABEL_WORD.test(toPlainText(first))) {
    const [next, ...after] = rest;
    if (next?.type !== "text") return rest;
    const trimmed = next.value.replace(/^\s*[:.—–-]?\s*/, "");
    return trimmed ? [{ ...next, value: trimmed }, ...after] : after;
  }
  if (first.type === "text" && LABEL.test(first.value)) {
    const trimmed = first.value.replace(LABEL, "");
    return trimmed ? [{ ...first, value: trimmed }, ...rest] : rest;
  }
  return null;
}

export interface Taken {
  abstract: RootContent[] | null;
  notes: RootContent[];
  extra: Line[];
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: "paragraph", children };
}

/** From a block of the notes: the abstract it is or holds, with what stays a note. */
function abstractIn(
  block: RootContent,
  next: RootContent | undefined,
): { abstract: RootContent[]; rest: RootContent[]; usesNext: boolean } | null {
  switch (block.type) {
    case "paragraph": {
      const text = withoutLabel(block.children);
      if (text === null) return null;
      // "**Abstract**" alone on its line, the abstract in the paragraph below it.
      if (toPlainText(text) === "") return next ? { abstract: [next], rest: [], usesNext: true } : null;
      return { abstract: [paragraph(text)], rest: [], usesNext: false };
    }
    case "blockquote":
      // A folded abstract's summary, drawn in bold as the quote's first paragraph, is the label again.
      return { abstract: block.data?.summary ? block.children.slice(1) : block.children, rest: [], usesNext: false };
    case "list": {
      const item = block.children.find((candidate) => {
        const [first] = candidate.children;
        return first?.type === "paragraph" && withoutLabel(first.children) !== null;
      });
      const [first, ...more] = item?.children ?? [];
      const text = first?.type === "paragraph" ? withoutLabel(first.children) : null;
      if (!item || text === null) return null;
      const others = block.children.filter((candidate) => candidate !== item);
      return {
        abstract: [paragraph(text), ...more],
        rest: others.length ? [{ ...block, children: others }] : [],
        usesNext: false,
      };
    }
    default:
      return null;
  }
}

/**
 * The entry's abstract: a line or paragraph that begins "Abstract", a
 * blockquote, a `<details>` block whose summary names an abstract, or a list
 * item that begins "Abstract"; the first of them. The rest stays notes.
 */
export function takeAbstract(extra: Line[], notes: RootContent[]): Taken {
  const line = extra.find((candidate) => withoutLabel(candidate) !== null);
  const lineText = line ? withoutLabel(line) : null;
  if (line && lineText && toPlainText(lineText) !== "") {
    return { abstract: [paragraph(lineText)], notes, extra: extra.filter((candidate) => candidate !== line) };
  }
  for (const [index, block] of notes.entries()) {
    const found = abstractIn(block, notes[index + 1]);
    if (!found) continue;
    const after = notes.slice(index + (found.usesNext ? 2 : 1));
    return { abstract: found.abstract, notes: [...notes.slice(0, index), ...found.rest, ...after], extra };
  }
  return { abstract: null, notes, extra };
}

/** "**Abstract**" alone: the label of the paragraph below it. */
function isAbstractLabel(block: RootContent | undefined): boolean {
  if (block?.type !== "paragraph") return false;
  const text = withoutLabel(block.children);
  return text !== null && toPlainText(text) === "";
}

/**
 * A block that belongs to the paper written as paragraphs just above it, whose
 * last block so far is `previous`: its abstract (a blockquote, a paragraph that
 * begins "Abstract", the paragraph below a lone "Abstract") or a paragraph
 * holding only an image, its teaser.
 */
export function isEntryAddition(block: RootContent, previous: RootContent | undefined): boolean {
  if (block.type === "blockquote" || isAbstractLabel(previous)) return true;
  if (block.type !== "paragraph") return false;
  return withoutLabel(block.children) !== null || block.children.every((node) => imageIn(node) !== null);
}
