import type { ListItem, Paragraph, RootContent } from "mdast";
import type { ParseContext } from "../context";
import type { Position, Publication, UnparsedBlock, Update } from "../model";
import { toPlainText, toSafeHtml } from "../markdown/render";

/** The result of reading one list item: an entry, or the reason it is not one. */
export type EntryResult<T> = { ok: true; entry: T } | { ok: false; reason: string };

/** An entry shown as written. A list item gives its content: the page supplies the <li>. */
export function unparsed(node: RootContent, context: ParseContext): UnparsedBlock {
  const content = node.type === "listItem" ? node.children : [node];
  return { kind: "unparsed", html: toSafeHtml(content), text: toPlainText(node), line: context.lineOf(node) };
}

/**
 * A section's items without the blocks that show nothing: a raw `<img>` alone
 * (a logo beside an entry) is hidden (ImageData.fromHtml), and would leave an
 * empty row.
 */
export function withoutEmptyBlocks<T extends Publication | Update | Position>(
  items: Array<T | UnparsedBlock>,
): Array<T | UnparsedBlock> {
  return items.filter((item) => item.kind !== "unparsed" || item.html !== "");
}

export function firstParagraph(item: ListItem): Paragraph | null {
  const first = item.children[0];
  return first?.type === "paragraph" ? first : null;
}

/**
 * A structured section is its lists' items, read by `readItem`. Items that
 * cannot be read, and anything that is not a list (a remark between lists, a
 * sub-heading), stay in place as written; unreadable items also get a warning.
 */
export function readEntries<T>(
  blocks: RootContent[],
  context: ParseContext,
  what: string,
  readItem: (item: ListItem) => EntryResult<T>,
): Array<T | UnparsedBlock> {
  return blocks.flatMap((block) => {
    if (block.type !== "list") return [unparsed(block, context)];
    return block.children.map((item) => {
      const result = readItem(item);
      if (result.ok) return result.entry;
      context.warn(context.lineOf(item), `${what} not understood (${result.reason}); shown as written`);
      return unparsed(item, context);
    });
  });
}
