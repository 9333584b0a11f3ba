import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { getPublications, getResearchAreas } from "../profile/select";
import { FACETS, facetControls, facetValues } from "./facets";

const profile = parseProfile(
  [
    "---",
    "title: Ada Example",
    "---",
    "",
    "## Research",
    "",
    "- **Efficient Systems**: [Deja Vu](#), [CocktailSGD](#)",
    "- **Data Selection**: [Skill-it](#)",
    "- **Robotics**: [Nothing yet](#)",
    "",
    "## Publications",
    "",
    "- [**Deja Vu: Contextual Sparsity**](https://example.org/1)",
    "  **Ada Example**, Ben Ode",
    "  In Proc. of ICML 2023 (Oral).",
    "- [**Skill-it! A Skills Framework**](https://example.org/2)",
    "  Ben Ode, **Ada Example**",
    "  In Proc. of NeurIPS 2023.",
    "- [**CocktailSGD: Fine-tuning over Slow Networks**](https://example.org/3)",
    "  **Ada Example**",
    "  In Proc. of ICML 2024.",
    "- [**An Undated Note**](https://example.org/4)",
    "  **Ada Example**",
    "",
  ].join("\n"),
);
const publications = getPublications(profile);
const source = { areas: getResearchAreas(profile) };

describe("the facet table", () => {
  it("gives each facet its own URL parameter", () => {
    const params = FACETS.map(({ param }) => param);
    expect(new Set(params).size).toBe(params.length);
    expect(params).not.toContain("q");
  });

  it("files each publication under its year, venue, topics, the owner's role and whether it is highlighted", () => {
    expect(publications.map((publication) => facetValues(publication, source))).toEqual([
      { year: ["2023"], venue: ["ICML"], topic: ["efficient-systems"], role: ["first"], highlight: ["1"] },
      { year: ["2023"], venue: ["NeurIPS"], topic: ["data-selection"], role: [], highlight: [] },
      { year: ["2024"], venue: ["ICML"], topic: ["efficient-systems"], role: ["first"], highlight: [] },
      { year: ["none"], venue: [], topic: [], role: ["first"], highlight: [] },
    ]);
  });

  it("offers years newest first and undated last, venues alphabetically, topics in the author's order, first authorship", () => {
    const options = Object.fromEntries(
      facetControls(publications, source).map(({ param, options }) => [param, options.map(({ label }) => label)]),
    );
    expect(options).toEqual({
      year: ["2024", "2023", "Undated"],
      venue: ["ICML", "NeurIPS"],
      topic: ["Efficient Systems", "Data Selection", "Robotics"],
      role: ["First author"],
      highlight: ["Highlighted"],
    });
  });

  it("offers no control for a facet with no option: no paper highlighted, no research areas", () => {
    const plain = parseProfile(
      "---\nname: Ada Example\n---\n\n## Publications\n\n- [**A Paper**](https://e.org)\n  **Ada Example**\n  In Proc. of ICML 2023.\n",
    );
    const params = facetControls(getPublications(plain), { areas: [] }).map(({ param }) => param);
    expect(params).toEqual(["year", "venue", "role"]);
  });
});

describe("the Role facet", () => {
  const seed = parseProfile(readFileSync("test/profiles/seed.md", "utf8"));
  const seedSource = { areas: getResearchAreas(seed) };

  it("files under first author exactly the seed's papers where the owner leads or shares the lead", () => {
    const first = getPublications(seed).filter((publication) =>
      facetValues(publication, seedSource).role.includes("first"),
    );
    expect(first.map(({ title }) => title.split(":")[0])).toEqual([
      "CocktailSGD",
      "Effective Continual Learning for Text Classification with Lightweight Snapshots",
      "Fine-tuning Language Models over Slow Networks using Activation Compression with Guarantees",
      "SkipBERT",
      "Effective Slot Filling via Weakly-Supervised Dual-Model Learning",
      "Two are Better than One",
      "Pyramid",
    ]);
  });
});
