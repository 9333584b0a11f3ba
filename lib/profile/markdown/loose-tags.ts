import type { Html, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";

type Point = NonNullable<Text["position"]>["start"];

/**
 * A tag as a browser reads it: CommonMark's tag names, but any attributes up to
 * the first `>` outside a quoted value. CommonMark is stricter about attributes
 * (an unquoted value may not hold "=", attributes need a space between them),
 * so `<img src=x onerror=a=b>` stays text in the tree and would be printed at
 * the reader as markup, while its closing tags (`</svg>`) are read and dropped.
 */
// Each character has one way to match (a quote only opens a quoted value), so text that never closes the tag
// fails in linear time instead of trying every split of its attributes.
const LOOSE_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[\t\n\f\r /](?:"[^"]*"|'[^']*'|[^>"'])*)?>/g;

const MAYBE_TAG = /<\/?[A-Za-z]/;

function pointAt(source: string, from: Point & { offset: number }, offset: number): Point {
  let { line, column } = from;
  for (let index = from.offset; index < offset; index++) {
    if (source[index] === "\n") {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column, offset };
}

/** Whether the character at `index` is escaped by an odd run of backslashes. */
function escaped(source: string, index: number): boolean {
  let backslashes = 0;
  while (source[index - 1 - backslashes] === "\\") backslashes++;
  return backslashes % 2 === 1;
}

/**
 * The text node cut at the tags found in it. A tag counts only where the
 * source holds it as written: `\<img …>` and `&lt;img …>` are the author
 * asking for the characters, and stay text.
 */
function split(node: Text, source: string): Array<Text | Html> | null {
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return null;
  const origin = { ...start, offset: start.offset };
  const written = source.slice(origin.offset, end);
  const pieces: Array<Text | Html> = [];
  let valueFrom = 0;
  let writtenFrom = 0;
  for (const match of node.value.matchAll(LOOSE_TAG)) {
    const at = written.indexOf(match[0], writtenFrom);
    if (at === -1) continue;
    writtenFrom = at + match[0].length;
    if (escaped(written, at)) continue;
    const before = node.value.slice(valueFrom, match.index);
    const tagStart = pointAt(source, origin, origin.offset + at);
    const tagEnd = pointAt(source, origin, origin.offset + at + match[0].length);
    const previousEnd = pieces.at(-1)?.position?.end ?? start;
    if (before) pieces.push({ type: "text", value: before, position: { start: previousEnd, end: tagStart } });
    pieces.push({ type: "html", value: match[0], position: { start: tagStart, end: tagEnd } });
    valueFrom = match.index + match[0].length;
  }
  if (!pieces.length) return null;
  const rest = node.value.slice(valueFrom);
  const restStart = pieces.at(-1)?.position?.end ?? start;
  if (rest)
    pieces.push({ type: "text", value: rest, position: { start: restStart, end: node.position?.end ?? restStart } });
  return pieces;
}

/**
 * Turns the tags CommonMark left as text into raw HTML, so the HTML step
 * reads them as a browser would (an `<img>` dropped, an `<svg>` reduced to its
 * words). Returns whether it found any.
 */
export function liftLooseTags(tree: Root, source: string): boolean {
  if (!MAYBE_TAG.test(source)) return false;
  let found = false;
  visit(tree, "text", (node, index, parent) => {
    if (!parent || index === undefined || !MAYBE_TAG.test(node.value)) return;
    const pieces = split(node, source);
    if (!pieces) return;
    parent.children.splice(index, 1, ...(pieces as typeof parent.children));
    found = true;
    return [SKIP, index + pieces.length];
  });
  return found;
}
