import { describe, expect, it } from "vitest";
import type { FacetParam } from "./facets";
import {
  NO_QUERY,
  filterPublications,
  formatQuery,
  parseQuery,
  type FacetedPublication,
  type PublicationQuery,
} from "./publication-query";
import { foldForSearch } from "./search-text";

const FACETS: FacetParam[] = ["year", "venue", "topic", "role"];

function publication(
  id: string,
  year: string,
  venue: string | null,
  topic: string[],
  text: string,
): FacetedPublication {
  const role = text.includes("Zoë") ? ["first"] : [];
  return {
    id,
    searchText: foldForSearch(text),
    values: { year: [year], venue: venue ? [venue] : [], topic, role, highlight: [] },
  };
}

const PUBLICATIONS = [
  publication("a", "2024", "ICML", ["systems"], "Sparse inference, Zoë Müller"),
  publication("b", "2024", "NeurIPS", ["systems", "data"], "Decentralized training"),
  publication("c", "2023", "ICML", ["data"], "Data selection for agents"),
  publication("d", "none", null, [], "An undated preprint on sparse models"),
];

function run(text: string, chosen: PublicationQuery["chosen"] = {}) {
  const result = filterPublications(PUBLICATIONS, { text, chosen }, FACETS);
  const counts = (facet: FacetParam) => Object.fromEntries(result.counts.get(facet) ?? []);
  return {
    matches: PUBLICATIONS.filter((_, index) => result.matches[index]).map((p) => p.id),
    matchCount: result.matchCount,
    year: counts("year"),
    venue: counts("venue"),
    topic: counts("topic"),
    role: counts("role"),
  };
}

describe("filterPublications", () => {
  it("shows everything and counts every option when no filter is set", () => {
    expect(run("")).toEqual({
      matches: ["a", "b", "c", "d"],
      matchCount: 4,
      year: { "2024": 2, "2023": 1, none: 1 },
      venue: { ICML: 2, NeurIPS: 1 },
      topic: { systems: 2, data: 2 },
      role: { first: 1 },
    });
  });

  it("applies the role as the other facets, by its value", () => {
    expect(run("", { role: "first" })).toMatchObject({ matches: ["a"], year: { "2024": 1 }, role: { first: 1 } });
  });

  it("matches text regardless of accents and case, ignoring outer spaces", () => {
    expect(run("zoe muller").matches).toEqual(["a"]);
    expect(run("  sparse ").matches).toEqual(["a", "d"]);
  });

  it("counts a facet's options as if that facet were unset, keeping the other filters", () => {
    const result = run("", { year: "2024", venue: "ICML" });
    expect(result.matches).toEqual(["a"]);
    // Year options under venue=ICML: a (2024) and c (2023).
    expect(result.year).toEqual({ "2024": 1, "2023": 1 });
    // Venue options under year=2024: a (ICML) and b (NeurIPS).
    expect(result.venue).toEqual({ ICML: 1, NeurIPS: 1 });
    // Topic options under both: only a.
    expect(result.topic).toEqual({ systems: 1 });
  });

  it("leaves out publications that fail two facets from every count", () => {
    const result = run("", { year: "2023", topic: "systems" });
    expect(result.matches).toEqual([]);
    expect(result.matchCount).toBe(0);
    expect(result.year).toEqual({ "2024": 2 });
    expect(result.topic).toEqual({ data: 1 });
    expect(result.venue).toEqual({});
  });

  it("applies the text filter to every facet's counts", () => {
    const result = run("data", { year: "2023" });
    expect(result.matches).toEqual(["c"]);
    expect(result.year).toEqual({ "2023": 1 });
    expect(result.topic).toEqual({ data: 1 });
  });

  it("shows no publication without a value under a facet whose option is chosen", () => {
    expect(run("", { venue: "TMLR" }).matches).toEqual([]);
    expect(run("", { year: "none" }).matches).toEqual(["d"]);
  });
});

describe("the query string", () => {
  it("round-trips and leaves out empty parameters", () => {
    const query: PublicationQuery = { text: "sparse models", chosen: { topic: "data" } };
    expect(formatQuery(query)).toBe("?q=sparse+models&topic=data");
    expect(parseQuery(formatQuery(query), FACETS)).toEqual(query);
    expect(formatQuery(NO_QUERY)).toBe("");
    expect(formatQuery({ text: "", chosen: { year: "" } })).toBe("");
  });

  it("reads only the facets it is given, and ignores empty values", () => {
    expect(parseQuery("?year=2024&venue=&colour=red", FACETS)).toEqual({ text: "", chosen: { year: "2024" } });
  });
});
