import type { UnparsedBlock } from "../profile/model";

/** An entry of a list section (a publication, an update) with the unparsed markdown written right below it. */
export interface EntryWithUnparsed<T> {
  entry: T;
  unparsed: UnparsedBlock[];
}

export interface EntriesWithUnparsed<T> {
  /** Unparsed markdown above the first entry, such as "* equal contribution". */
  leading: UnparsedBlock[];
  entries: EntryWithUnparsed<T>[];
}

function isUnparsed<T extends { kind: string }>(item: T | UnparsedBlock): item is UnparsedBlock {
  return item.kind === "unparsed";
}

/**
 * Ties each unparsed block to the entry above it, so that re-ordering entries
 * (newest first, by year) still shows everything the author wrote next to its entry.
 */
export function attachUnparsed<T extends { kind: string }>(
  items: ReadonlyArray<T | UnparsedBlock>,
): EntriesWithUnparsed<T> {
  const list: EntriesWithUnparsed<T> = { leading: [], entries: [] };
  for (const item of items) {
    const previous = list.entries.at(-1);
    if (!isUnparsed(item)) list.entries.push({ entry: item, unparsed: [] });
    else if (previous) previous.unparsed.push(item);
    else list.leading.push(item);
  }
  return list;
}
