import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { getPublications } from "../profile/select";
import { coAuthors, personKey } from "./co-authors";
import { publicationSearchText } from "./search-text";
import { foldForSearch } from "./search-text";

const seed = getPublications(parseProfile(readFileSync("test/profiles/seed.md", "utf8")));

function papersBy(...authorLines: string[]) {
  return getPublications(
    parseProfile(
      ["---", "title: Ada Example", "---", "", "## Publications", ""]
        .concat(
          authorLines.flatMap((authors, index) => [
            `- [**Paper ${index}**](https://example.org/${index})`,
            `  ${authors}`,
            "  In Proc. of ICML 2023.",
          ]),
        )
        .join("\n"),
    ),
  );
}

describe("personKey", () => {
  it("is one key for names that differ in accents, case or a middle initial", () => {
    expect(personKey("zheng li")).toBe(personKey("Zheng Li"));
    expect(personKey("Christopher Ré")).toBe(personKey("Christopher Re"));
    expect(personKey("Mayee F. Chen")).toBe(personKey("Mayee Chen"));
  });

  it("keeps names apart that differ in anything else", () => {
    expect(personKey("Shuaiwen Leon Song")).not.toBe(personKey("Shuaiwen Song"));
    expect(personKey("Jun Zhang")).not.toBe(personKey("Yun Zhang"));
  });
});

describe("coAuthors", () => {
  it("counts each person's papers under the spelling written most, most papers first", () => {
    const people = coAuthors(
      papersBy("**Ada Example**, zheng li, Ben Ode", "Zheng Li, **Ada Example**", "Zheng Li, **Ada Example**"),
    );
    expect(people).toEqual([
      { name: "Zheng Li", query: "Zheng Li", paperCount: 3 },
      { name: "Ben Ode", query: "Ben Ode", paperCount: 1 },
    ]);
  });

  it("prefers capitals and accents when two spellings are written as often", () => {
    const [person] = coAuthors(papersBy("Christopher Re, **Ada Example**", "Christopher Ré, **Ada Example**"));
    expect(person?.name).toBe("Christopher Ré");
  });

  it("leaves the owner out, and counts a name written twice on one paper once", () => {
    expect(coAuthors(papersBy("**Ada Example**, Ben Ode, Ben Ode"))).toEqual([
      { name: "Ben Ode", query: "Ben Ode", paperCount: 1 },
    ]);
  });

  it("gives a query that finds every paper of a person whose middle initial comes and goes", () => {
    const papers = papersBy(
      "Mayee F. Chen, **Ada Example**",
      "Mayee F. Chen, **Ada Example**",
      "Mayee Chen, **Ada Example**",
    );
    const [person] = coAuthors(papers);
    expect(person).toEqual({ name: "Mayee F. Chen", query: "Mayee Chen", paperCount: 3 });
    const found = papers.filter((paper) => publicationSearchText(paper).includes(foldForSearch(person?.query ?? "")));
    expect(found).toHaveLength(3);
  });

  it("finds in the seed every paper of each co-author with the query it gives", () => {
    const people = coAuthors(seed);
    expect(people.find(({ name }) => foldForSearch(name) === "christopher re")?.paperCount).toBe(5);
    for (const { query, paperCount } of people) {
      const found = seed.filter((paper) => publicationSearchText(paper).includes(foldForSearch(query)));
      expect(found.length).toBeGreaterThanOrEqual(paperCount);
    }
  });
});
