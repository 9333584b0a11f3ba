import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { getPublications } from "../profile/select";
import { personJsonLd, publicationJsonLd, publicationListJsonLd, serializeJsonLd, type JsonLdObject } from "./json-ld";
import { SAMPLE_SITE, samplePublication } from "../../test/generators/publication";

const seed = parseProfile(readFileSync(path.resolve(import.meta.dirname, "../../test/profiles/seed.md"), "utf8"));

describe("personJsonLd", () => {
  it("describes the owner: name, role, employer, schools, email and home page", () => {
    const person = personJsonLd(seed, SAMPLE_SITE);
    expect(person).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Person",
      name: "Jue Wang",
      url: "https://jue.example.org/",
      jobTitle: "Senior Staff Researcher",
      worksFor: { "@type": "Organization", name: "Together AI" },
      email: "mailto:zjuwangjue@gmail.com",
    });
    // Zhejiang University appears twice in the education list, once in the graph.
    expect(person.alumniOf).toEqual([
      { "@type": "EducationalOrganization", name: "Zhejiang University" },
      { "@type": "EducationalOrganization", name: "ETH Zurich" },
      { "@type": "EducationalOrganization", name: "Université Paris Saclay (CentraleSupélec)" },
    ]);
  });
});

describe("publicationJsonLd", () => {
  it("describes a paper with its authors, year, venue and both addresses", () => {
    expect(publicationJsonLd(samplePublication(), SAMPLE_SITE)).toEqual({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      "@id": "https://jue.example.org/publications/cocktailsgd",
      url: "https://jue.example.org/publications/cocktailsgd",
      headline: "CocktailSGD: Fine-tuning Foundation Models over 500Mbps Networks",
      name: "CocktailSGD: Fine-tuning Foundation Models over 500Mbps Networks",
      author: [
        { "@type": "Person", name: "Jue Wang" },
        { "@type": "Person", name: "Yucheng Lu" },
        { "@type": "Person", name: "Ce Zhang" },
      ],
      datePublished: "2023",
      isPartOf: { "@type": "CreativeWork", name: "ICML" },
      sameAs: "https://dl.acm.org/doi/10.5555/3618408.3619905",
      keywords: "Efficient Training Systems at Scale",
    });
  });

  it("lists every paper of the profile by the id of its own page", () => {
    const publications = getPublications(seed);
    const list = publicationListJsonLd(publications, SAMPLE_SITE);
    const graph = list["@graph"] as JsonLdObject[];
    expect(graph).toHaveLength(19);
    expect(graph.map((article) => article["@id"])).toEqual(
      publications.map((publication) => publicationJsonLd(publication, SAMPLE_SITE)["@id"]),
    );
    expect(graph.every((article) => article.author === undefined)).toBe(true);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element, and reads back unchanged", () => {
    const hostile = samplePublication({ title: "</script><script>alert(1)</script> & <!-- \u2028" });
    const json = serializeJsonLd(publicationJsonLd(hostile, SAMPLE_SITE));
    expect(json).not.toMatch(/[<>]/);
    expect(json).not.toContain("\u2028");
    expect((JSON.parse(json) as { name: string }).name).toBe(hostile.title);
  });

  it("leaves out unknown properties", () => {
    const json = serializeJsonLd(
      publicationJsonLd(samplePublication({ year: null, url: null, venue: null, topics: [] }), SAMPLE_SITE),
    );
    expect(Object.keys(JSON.parse(json) as object)).not.toEqual(expect.arrayContaining(["datePublished"]));
    expect(json).not.toMatch(/datePublished|sameAs|isPartOf|keywords/);
  });
});
