import { describe, expect, it } from "vitest";
import type { Update, YearMonth } from "@/lib/profile/model";
import { byNewestUpdate } from "./chronology";

function entry(date: YearMonth, text: string): { entry: Update; notes: [] } {
  return { entry: { kind: "update", date, html: text, text, line: 1 }, notes: [] };
}

describe("byNewestUpdate", () => {
  it("keeps an update dated by its year alone within that year, after the year's months", () => {
    const updates = [
      entry({ year: 2025, month: null }, "year 2025"),
      entry({ year: 2024, month: 3 }, "Mar 2024"),
      entry({ year: 2025, month: 1 }, "Jan 2025"),
      entry({ year: 2026, month: 2 }, "Feb 2026"),
      entry({ year: 2025, month: 7 }, "Jul 2025"),
    ];
    expect(updates.toSorted(byNewestUpdate).map(({ entry: update }) => update.text)).toEqual([
      "Feb 2026",
      "Jul 2025",
      "Jan 2025",
      "year 2025",
      "Mar 2024",
    ]);
  });
});
