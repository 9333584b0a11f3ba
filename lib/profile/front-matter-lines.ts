import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";

/** A key path into the front matter: ["cv", "sections", 1]. */
export type FrontMatterPath = ReadonlyArray<string | number>;

/** Where the value at the path starts; for a key of a map, where the key is written. */
function offsetOf(document: Document, path: FrontMatterPath): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const last = path.at(-1);
  if (isMap(parent)) {
    const pair = parent.items.find(({ key }) => isScalar(key) && key.value === last);
    return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
  }
  if (isSeq(parent) && typeof last === "number") {
    const item = parent.items[last];
    return isNode(item) ? item.range?.[0] : undefined;
  }
  return undefined;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Where each front-matter value was written, for diagnostics about values
 * the parser reads as data (gray-matter keeps no positions). The YAML starts
 * on the file's line 2, after the opening fence.
 */
export function frontMatterLines(source: string): (path: FrontMatterPath) => number | null {
  const yaml = FENCE.exec(source.replace(/^\uFEFF/, ""))?.[1];
  if (yaml === undefined) return () => null;
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
  return (path) => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const offset = offsetOf(document, path.slice(0, depth));
      if (offset !== undefined) return lineCounter.linePos(offset).line + 1;
    }
    return null;
  };
}
