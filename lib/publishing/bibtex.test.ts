import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { getPublications } from "../profile/select";
import { bibtexEntries, citationKeys, toBibliography, toBibtex } from "./bibtex";
import { samplePublication } from "../../test/generators/publication";

const seed = parseProfile(readFileSync(path.resolve(import.meta.dirname, "../../test/profiles/seed.md"), "utf8"));
const seedPublications = getPublications(seed);

const author = (name: string) => ({ name, isSelf: false, equalContribution: false, corresponding: false });

describe("toBibtex", () => {
  it("writes a conference paper as @inproceedings with its booktitle", () => {
    expect(toBibtex(samplePublication(), "wang2023cocktailsgd")).toBe(
      [
        "@inproceedings{wang2023cocktailsgd,",
        "  title     = {{CocktailSGD:} Fine-tuning Foundation Models over {500Mbps} Networks},",
        "  author    = {Jue Wang and Yucheng Lu and Ce Zhang},",
        "  booktitle = {ICML},",
        "  year      = {2023},",
        "  url       = {https://dl.acm.org/doi/10.5555/3618408.3619905},",
        "}",
      ].join("\n"),
    );
  });

  it("writes a journal paper as @article, and leaves out what is unknown", () => {
    const entry = toBibtex(
      samplePublication({ venue: { short: "TMLR", kind: "journal" }, year: null, url: null }),
      "k",
    );
    expect(entry).toMatch(/^@article\{k,/);
    expect(entry).toContain("journal = {TMLR}");
    expect(entry).not.toMatch(/year|url|booktitle/);
  });

  it("escapes TeX's special characters and keeps names that contain 'and' whole", () => {
    const entry = toBibtex(
      samplePublication({
        title: "Draft & Verify: 100% of_it",
        authors: [author("Ann Johnson and Sons"), author("Bo Li")],
      }),
      "k",
    );
    expect(entry).toContain("{Draft \\& Verify: 100\\% of\\_it}");
    expect(entry).toContain("author    = {{Ann Johnson and Sons} and Bo Li}");
  });
});

describe("citationKeys", () => {
  it("builds keys from the first author, year and first significant title word", () => {
    expect(citationKeys([samplePublication()]).get("cocktailsgd")).toBe("wang2023cocktailsgd");
  });

  it("keeps keys unique with a letter suffix, in the author's order", () => {
    const keys = citationKeys([
      samplePublication({ id: "a" }),
      samplePublication({ id: "b" }),
      samplePublication({ id: "c" }),
    ]);
    expect([...keys.values()]).toEqual(["wang2023cocktailsgd", "wang2023cocktailsgdb", "wang2023cocktailsgdc"]);
  });

  it("gives the seed's publications distinct keys", () => {
    const keys = [...citationKeys(seedPublications).values()];
    expect(new Set(keys).size).toBe(seedPublications.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+\d{0,4}[a-z0-9]+$/);
  });
});

describe("the bibliography", () => {
  const bibliography = toBibliography(seedPublications);
  const library = parse(bibliography);

  it("parses without errors, one entry per publication", () => {
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(seedPublications.length);
  });

  it("keeps the authors, in order", () => {
    const cocktail = library.entries.find((entry) => entry.key === "wang2023cocktailsgd");
    expect(cocktail?.fields.author?.map((creator) => `${creator.firstName} ${creator.lastName}`)).toEqual(
      seedPublications.find((publication) => publication.id === "cocktailsgd")?.authors.map((a) => a.name),
    );
  });

  it("holds the same entries a page shows for each paper", () => {
    const entries = bibtexEntries(seedPublications);
    expect(entries.size).toBe(seedPublications.length);
    for (const entry of entries.values()) expect(bibliography).toContain(entry);
  });
});
