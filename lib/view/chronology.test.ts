import { describe, expect, it } from "vitest";
import { byNewestDate, byNewestYear, groupByYear } from "./chronology";

describe("byNewestDate", () => {
  it("puts the newest month first, a year without a month before its January, and keeps ties in order", () => {
    const dates = [
      { name: "a", date: { year: 2023, month: 5 } },
      { name: "b", date: { year: 2024, month: null } },
      { name: "c", date: { year: 2024, month: 1 } },
      { name: "d", date: { year: 2023, month: 5 } },
    ];
    expect(dates.toSorted(byNewestDate).map(({ name }) => name)).toEqual(["c", "b", "a", "d"]);
  });
});

describe("byNewestYear", () => {
  it("puts the newest year first and undated last, keeping the author's order within a year", () => {
    const papers = [
      { name: "a", year: null },
      { name: "b", year: 2022 },
      { name: "c", year: 2024 },
      { name: "d", year: 2022 },
    ];
    expect(papers.toSorted(byNewestYear).map(({ name }) => name)).toEqual(["c", "b", "d", "a"]);
  });
});

describe("groupByYear", () => {
  it("groups consecutive runs of one year, undated as its own group", () => {
    const groups = groupByYear([2024, 2024, 2023, null], (year) => year);
    expect(groups).toEqual([
      { year: 2024, items: [2024, 2024] },
      { year: 2023, items: [2023] },
      { year: null, items: [null] },
    ]);
  });
});
