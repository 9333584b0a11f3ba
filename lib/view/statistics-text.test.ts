import { describe, expect, it } from "vitest";
import type { YearBar } from "./statistics";
import { statisticsDescription, yearBarLabel } from "./statistics-text";

const bar = (firstYear: number, lastYear: number, conference: number, journal: number): YearBar => ({
  firstYear,
  lastYear,
  byKind: [
    { kind: "journal", count: journal },
    { kind: "conference", count: conference },
    { kind: "preprint", count: 0 },
    { kind: "other", count: 0 },
  ],
  total: conference + journal,
  newestYear: conference + journal > 0 ? lastYear : null,
});

describe("statisticsDescription", () => {
  it("states every bar's count by kind, and the undated papers", () => {
    const statistics = { bars: [bar(2023, 2023, 1, 0), bar(2024, 2024, 2, 1), bar(2025, 2025, 0, 0)], undated: 1 };
    expect(
      statisticsDescription({
        ...statistics,
        yearsPerBar: 1,
        total: 5,
        firstAuthor: 0,
        equalContribution: 0,
        venues: 0,
        coAuthors: 0,
        kinds: [],
      }),
    ).toBe(
      "Papers per year, by kind of venue. 2023: 1 paper (1 conference). 2024: 3 papers (1 journal, 2 conference). 2025: 0 papers. Not shown: 1 paper without a year.",
    );
  });

  it("names a span of years by its first year and the last one's final digits", () => {
    expect(yearBarLabel(bar(2020, 2024, 1, 0))).toBe("2020–24");
    expect(yearBarLabel(bar(2024, 2024, 1, 0))).toBe("2024");
  });
});
