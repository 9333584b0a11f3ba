import { describe, expect, it } from "vitest";
import { SAMPLE_SITE, samplePublication } from "../../test/generators/publication";
import { scholarMeta } from "./scholar-meta";

describe("scholarMeta", () => {
  it("gives the title, one author tag per author in order, the year and the conference", () => {
    expect(scholarMeta(samplePublication(), SAMPLE_SITE)).toEqual({
      citation_title: "CocktailSGD: Fine-tuning Foundation Models over 500Mbps Networks",
      citation_author: ["Jue Wang", "Yucheng Lu", "Ce Zhang"],
      citation_publication_date: "2023",
      citation_conference_title: "ICML",
    });
  });

  it("names a journal as a journal, and leaves out an unknown year", () => {
    const meta = scholarMeta(samplePublication({ venue: { short: "TMLR", kind: "journal" }, year: null }), SAMPLE_SITE);
    expect(meta.citation_journal_title).toBe("TMLR");
    expect(meta).not.toHaveProperty("citation_conference_title");
    expect(meta).not.toHaveProperty("citation_publication_date");
  });

  it("says nothing about the venue of a preprint", () => {
    const meta = scholarMeta(samplePublication({ venue: { short: "arXiv", kind: "preprint" } }), SAMPLE_SITE);
    expect(Object.keys(meta).filter((name) => /journal|conference/.test(name))).toEqual([]);
  });

  it("points at the PDF, found by its label or its file name, as an absolute URL", () => {
    const byLabel = samplePublication({ links: [{ label: "PDF", href: "https://example.org/download?id=1" }] });
    expect(scholarMeta(byLabel, SAMPLE_SITE).citation_pdf_url).toBe("https://example.org/download?id=1");
    const byName = samplePublication({ links: [{ label: "Paper", href: "/papers/cocktail.PDF" }] });
    expect(scholarMeta(byName, SAMPLE_SITE).citation_pdf_url).toBe("https://jue.example.org/papers/cocktail.PDF");
    const titleLink = samplePublication({ url: "https://example.org/paper.pdf", links: [] });
    expect(scholarMeta(titleLink, SAMPLE_SITE).citation_pdf_url).toBe("https://example.org/paper.pdf");
    expect(scholarMeta(samplePublication(), SAMPLE_SITE)).not.toHaveProperty("citation_pdf_url");
  });
});
