import { describe, expect, it } from "vitest";
import { generateProfile } from "../../test/generators/profile";
import { parseProfile } from "../profile/parse";
import { getPublications } from "../profile/select";
import {
  cvDocumentLink,
  PRERENDERED_PAPERS,
  pagePaths,
  pageHref,
  prerenderedPublicationIds,
  publicationPath,
} from "./paths";

describe("pagePaths", () => {
  it("lists the three pages and one page per publication", () => {
    const profile = parseProfile(
      [
        "---",
        "title: A",
        "---",
        "",
        "## Publications",
        "",
        "- [**First Paper**](https://example.org/1)",
        "  A Author",
        "  In Proc. of ICML 2023.",
        "- [**Second Paper**](https://example.org/2)",
        "  A Author",
        "  TMLR.",
        "",
      ].join("\n"),
    );
    expect(pagePaths(profile)).toEqual([
      "/",
      "/publications",
      "/updates",
      "/cv",
      "/publications/first-paper",
      "/publications/second-paper",
    ]);
    expect(publicationPath("floe")).toBe("/publications/floe");
  });
});

describe("pageHref", () => {
  it("adds the trailing slash a static export's folders need, before any fragment", () => {
    expect(pageHref("/publications#floe", true)).toBe("/publications/#floe");
    expect(pageHref("/updates", true)).toBe("/updates/");
    expect(pageHref("/", true)).toBe("/");
  });

  it("leaves paths as they are on a server", () => {
    expect(pageHref("/publications#floe", false)).toBe("/publications#floe");
  });

  it("leaves file names alone, which a static host serves as files", () => {
    expect(pageHref("/feed.xml", true)).toBe("/feed.xml");
    expect(pageHref("/publications.bib", true)).toBe("/publications.bib");
  });
});

describe("prerenderedPublicationIds", () => {
  const many = parseProfile(generateProfile({ publications: PRERENDERED_PAPERS + 20, updates: 0 }));
  const ids = getPublications(many).map(({ id }) => id);

  it("writes the first papers ahead on a server, in the author's order", () => {
    expect(prerenderedPublicationIds(many, false)).toEqual(ids.slice(0, PRERENDERED_PAPERS));
  });

  it("writes every paper in a static export, which has no server to render the rest", () => {
    expect(prerenderedPublicationIds(many, true)).toEqual(ids);
  });
});

describe("cvDocumentLink", () => {
  const withCv = (cv: string) =>
    parseProfile(`---\nname: Ada Example\ncv: ${cv}\n---\n\nA bio.\n`, "content/profile.md");

  it("names a PDF as one, apart from the navigation's generated CV page", () => {
    expect(cvDocumentLink(withCv("cv.pdf"))).toEqual({ href: "/files/cv.pdf", label: "CV (PDF)" });
    expect(cvDocumentLink(withCv("https://example.org/ada/cv.pdf?v=2"))?.label).toBe("CV (PDF)");
  });

  it("names a page elsewhere a CV document", () => {
    expect(cvDocumentLink(withCv("https://example.org/ada/cv"))).toEqual({
      href: "https://example.org/ada/cv",
      label: "CV document",
    });
  });

  it("is absent without a document, and for the generated page's options", () => {
    expect(cvDocumentLink(parseProfile("---\nname: Ada Example\n---\n\nA bio.\n"))).toBeNull();
    expect(cvDocumentLink(withCv("\n  publications: by-kind"))).toBeNull();
  });
});
