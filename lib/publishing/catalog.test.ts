import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { generateProfile } from "../../test/generators/profile";
import { publicationCatalog } from "./catalog";

describe("publicationCatalog", () => {
  const profile = parseProfile(generateProfile({ publications: 30, updates: 0 }));

  it("finds every paper by its id, with its BibTeX entry", () => {
    const catalog = publicationCatalog(profile);
    expect(catalog.publications).toHaveLength(30);
    for (const publication of catalog.publications) {
      expect(catalog.byId.get(publication.id)).toBe(publication);
      expect(catalog.bibtex.get(publication.id)).toMatch(/^@\w+\{/);
    }
  });

  it("is built once per parsed profile", () => {
    expect(publicationCatalog(profile)).toBe(publicationCatalog(profile));
    expect(publicationCatalog(parseProfile(generateProfile({ publications: 3, updates: 0 })))).not.toBe(
      publicationCatalog(profile),
    );
  });
});
