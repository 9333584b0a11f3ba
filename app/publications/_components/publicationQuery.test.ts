import { describe, expect, it } from "vitest";
import { foldForSearch } from "@/lib/view/search-text";
import {
  NO_QUERY,
  filterPublications,
  formatQuery,
  parseQuery,
  type FilterablePublication,
  type PublicationQuery,
} from "@/app/publications/_components/publicationQuery";

function publication(
  id: string,
  year: number | null,
  venue: string | null,
  topics: string[],
  text: string,
): FilterablePublication {
  return { id, year, venue, topics, haystack: foldForSearch(text), entry: null, notes: [] };
}

const PUBLICATIONS = [
  publication("a", 2024, "ICML", ["systems"], "Sparse inference, Zoë Müller"),
  publication("b", 2024, "NeurIPS", ["systems", "data"], "Decentralized training"),
  publication("c", 2023, "ICML", ["data"], "Data selection for agents"),
  publication("d", null, null, [], "An undated preprint on sparse models"),
];

function run(query: Partial<PublicationQuery>) {
  const result = filterPublications(PUBLICATIONS, { ...NO_QUERY, ...query });
  return {
    shown: PUBLICATIONS.filter((_, index) => result.shown[index]).map((p) => p.id),
    shownCount: result.shownCount,
    year: Object.fromEntries(result.counts.year),
    venue: Object.fromEntries(result.counts.venue),
    topic: Object.fromEntries(result.counts.topic),
  };
}

describe("filterPublications", () => {
  it("shows everything and counts every option when no filter is set", () => {
    expect(run({})).toEqual({
      shown: ["a", "b", "c", "d"],
      shownCount: 4,
      year: { "2024": 2, "2023": 1, none: 1 },
      venue: { ICML: 2, NeurIPS: 1 },
      topic: { systems: 2, data: 2 },
    });
  });

  it("matches text regardless of accents and case, ignoring outer spaces", () => {
    expect(run({ q: "zoe muller" }).shown).toEqual(["a"]);
    expect(run({ q: "  sparse " }).shown).toEqual(["a", "d"]);
  });

  it("counts a facet's options as if that facet were unset, keeping the other filters", () => {
    const result = run({ year: "2024", venue: "ICML" });
    expect(result.shown).toEqual(["a"]);
    // Year options under venue=ICML: a (2024) and c (2023).
    expect(result.year).toEqual({ "2024": 1, "2023": 1 });
    // Venue options under year=2024: a (ICML) and b (NeurIPS).
    expect(result.venue).toEqual({ ICML: 1, NeurIPS: 1 });
    // Topic options under both: only a.
    expect(result.topic).toEqual({ systems: 1 });
  });

  it("leaves out publications that fail two facets from every count", () => {
    const result = run({ year: "2023", topic: "systems" });
    expect(result.shown).toEqual([]);
    expect(result.shownCount).toBe(0);
    expect(result.year).toEqual({ "2024": 2 });
    expect(result.topic).toEqual({ data: 1 });
    expect(result.venue).toEqual({});
  });

  it("applies the text filter to every facet's counts", () => {
    const result = run({ q: "data", year: "2023" });
    expect(result.shown).toEqual(["c"]);
    expect(result.year).toEqual({ "2023": 1 });
    expect(result.topic).toEqual({ data: 1 });
  });

  it("finds undated publications by the undated year value", () => {
    expect(run({ year: "none" }).shown).toEqual(["d"]);
  });
});

describe("the query string", () => {
  it("round-trips and leaves out empty parameters", () => {
    const query = { ...NO_QUERY, q: "sparse models", topic: "data" };
    expect(formatQuery(query)).toBe("?q=sparse+models&topic=data");
    expect(parseQuery(formatQuery(query))).toEqual(query);
    expect(formatQuery(NO_QUERY)).toBe("");
  });
});
