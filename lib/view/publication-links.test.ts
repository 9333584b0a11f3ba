import { describe, expect, it } from "vitest";
import { publicationsHref, yearBarHref, yearHref } from "./publication-links";
import type { YearBar } from "./statistics";

describe("links into the publication list", () => {
  it("set a year's filter and land on its heading", () => {
    expect(yearHref(2024)).toBe("/publications?year=2024#publications-2024");
    expect(yearHref(null)).toBe("/publications?year=none#publications-none");
  });

  it("set the search text as the filter writes it", () => {
    expect(publicationsHref({ text: "Christopher Ré" })).toBe("/publications?q=Christopher+R%C3%A9");
  });
});

describe("yearBarHref", () => {
  const bar = (firstYear: number, lastYear: number, newestYear: number | null): YearBar => ({
    firstYear,
    lastYear,
    newestYear,
    byKind: [],
    total: newestYear === null ? 0 : 1,
  });

  it("filters a year's bar to that year", () => {
    expect(yearBarHref(bar(2024, 2024, 2024))).toBe("/publications?year=2024#publications-2024");
  });

  it("lands a span's bar on the newest year it holds, unfiltered", () => {
    expect(yearBarHref(bar(2020, 2024, 2022))).toBe("/publications#publications-2022");
  });

  it("gives an empty bar no link", () => {
    expect(yearBarHref(bar(2021, 2021, null))).toBeNull();
  });
});
