import type { Update } from "../profile/model";
import { isoYearMonth } from "../profile/text/dates";

export interface AnchoredUpdate {
  update: Update;
  /** "update-2024-05-1": unique on the page, stable as news is added. */
  anchor: string;
}

/**
 * An anchor for every update, in the order given, used on /updates and as the
 * feed's entry ids. Updates are written newest first, so each is numbered from
 * the oldest of its month: news added on top never renumbers what feed readers
 * have already seen.
 */
export function anchorUpdates(updates: Update[]): AnchoredUpdate[] {
  const countByMonth = new Map<string, number>();
  const anchored = updates.toReversed().map((update) => {
    const month = isoYearMonth(update.date);
    const count = (countByMonth.get(month) ?? 0) + 1;
    countByMonth.set(month, count);
    return { update, anchor: `update-${month}-${count}` };
  });
  return anchored.toReversed();
}
