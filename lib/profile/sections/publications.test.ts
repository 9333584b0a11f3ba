import { describe, expect, it } from "vitest";
import type { Publication } from "../model";
import { parseProfile } from "../parse";
import { getPublications, sectionsOf } from "../select";

function read(body: string) {
  const profile = parseProfile(`---\ntitle: Ana Lima\n---\n\n${body}`, "me.md");
  const [section] = sectionsOf(profile, "publications");
  return { profile, items: section?.items ?? [], papers: getPublications(profile) };
}

const brief = (paper: Publication | undefined) =>
  paper && { title: paper.title, venue: paper.venue, year: paper.year, line: paper.line };

describe("readPublications", () => {
  it("gives papers the year of their year subheading and the kind of their kind subheading", () => {
    const { papers } = read(
      "## Publications\n\n### 2024\n\n#### Workshop Papers\n\n1. [Tiny Maps](https://x.org)\n   **Ana Lima**, Bo Chen\n   Data Workshop\n\n### 2023\n\n1. [Big Maps](https://y.org)\n   **Ana Lima**\n   Some Venue\n",
    );
    expect(papers.map(brief)).toEqual([
      { title: "Tiny Maps", venue: { short: "Data Workshop", kind: "workshop" }, year: 2024, line: 11 },
      { title: "Big Maps", venue: { short: "Some Venue", kind: "other" }, year: 2023, line: 17 },
    ]);
  });

  it("reads list items that label a group of nested papers, and the kind a section's own heading names", () => {
    const { papers, items } = read(
      "## Journal Papers\n\n- 2024\n  - [Tiny Maps](https://x.org)\n    **Ana Lima**, Bo Chen\n    Robotics Letters\n- 2023\n  - [Big Maps](https://y.org)\n    **Ana Lima**\n    Field Notes\n",
    );
    expect(items.map((item) => item.kind)).toEqual(["unparsed", "publication", "unparsed", "publication"]);
    expect(papers.map((paper) => [paper.title, paper.year, paper.venue?.kind])).toEqual([
      ["Tiny Maps", 2024, "journal"],
      ["Big Maps", 2023, "journal"],
    ]);
  });

  it("reads a bold year alone on a line as the year of the papers below it", () => {
    const { papers } = read(
      "## Publications\n\n**2024**\n\n- [Tiny Maps](https://x.org)\n  **Ana Lima**, Bo Chen\n  Some Venue\n\n**2023**\n\n- [Big Maps](https://y.org)\n  **Ana Lima**\n  Other Venue\n",
    );
    expect(papers.map((paper) => [paper.title, paper.year])).toEqual([
      ["Tiny Maps", 2024],
      ["Big Maps", 2023],
    ]);
  });

  it("reads one heading per paper, its authors and venue in the paragraphs below", () => {
    const { papers } = read("## Publications\n\n### Tiny Maps for Small Robots\n\nAna Lima, Bo Chen\n\n*IROS 2023*\n");
    expect(papers.map(brief)).toEqual([
      { title: "Tiny Maps for Small Robots", venue: { short: "IROS", kind: "conference" }, year: 2023, line: 7 },
    ]);
  });

  it("reads paragraph groups separated by blank lines, the venue before or after the authors", () => {
    const { papers } = read(
      "## Publications\n\n[Tiny Maps](https://x.org)\n\n**Ana Lima**, Bo Chen\n\nIn Proceedings of ICML, 2024.\n\n[Big Maps](https://y.org)\n\nPreprint. | [Code](https://c.org)\n\nBo Chen, **Ana Lima**\n",
    );
    expect(papers.map((paper) => [paper.title, paper.authors.length, paper.venue?.short, paper.links.length])).toEqual([
      ["Tiny Maps", 2, "ICML", 0],
      ["Big Maps", 2, "Preprint", 1],
    ]);
  });

  it("types no award, grant or talk as a paper, under its own subheading or in a paper's place", () => {
    const { items, profile } = read(
      "## Publications\n\n- [Tiny Maps](https://x.org)\n  **Ana Lima**, Bo Chen\n  IROS 2023\n- **Best Paper Award**, IROS 2023\n\n### Invited Talks\n\n- [Maps for Robots](https://t.org), Robotics Seminar, 2024\n",
    );
    expect(items.map((item) => item.kind)).toEqual(["publication", "unparsed", "unparsed", "unparsed"]);
    expect(profile.diagnostics).toEqual([
      expect.objectContaining({ line: 10, message: expect.stringContaining("reads like an award") }),
    ]);
  });

  it("types neither a link to a Scholar profile nor a row of venue counts as a paper", () => {
    const { items } = read(
      "## Publications\n\nFull list on [Google Scholar](https://scholar.google.com/x).\n\n| CVPR 2025 | ICLR 2024 |\n| NeurIPS 2023 | AAAI 2024 |\n\n- [Tiny Maps](https://x.org)\n  **Ana Lima**, Bo Chen\n  IROS 2023\n",
    );
    expect(items.map((item) => item.kind)).toEqual(["unparsed", "unparsed", "publication"]);
  });

  it("keeps a lone sentence between papers as written, without a warning", () => {
    const { items, profile } = read(
      "## Publications\n\nSee my Scholar page for the full list.\n\n- [Tiny Maps](https://x.org)\n  **Ana Lima**, Bo Chen\n  IROS 2023\n",
    );
    expect(items.map((item) => item.kind)).toEqual(["unparsed", "publication"]);
    expect(profile.diagnostics).toEqual([]);
  });

  it("warns, with the line and what it looked like, about an entry it cannot read", () => {
    const { profile } = read("## Publications\n\n- Tiny maps\n  some words here\n");
    expect(profile.diagnostics).toEqual([
      expect.objectContaining({
        line: 7,
        message: expect.stringMatching(/not understood.*"Tiny maps some words here".*list item/),
      }),
    ]);
  });

  it("reads a venue written in parentheses after the authors", () => {
    const { papers } = read(
      "## Publications\n\n- [Tiny Maps](https://x.org) \\\n  <b>Ana Lima<sup>*</sup></b>, Bo Chen<sup>*</sup>, Cy Dee.  (BMVC 2024)\n",
    );
    expect(papers.map((paper) => [paper.authors.map((author) => author.name), paper.venue?.short, paper.year])).toEqual(
      [[["Ana Lima", "Bo Chen", "Cy Dee"], "BMVC", 2024]],
    );
  });

  it("reads author marks with the page's legend", () => {
    const { papers } = read(
      "## Publications (* equal contribution, # corresponding author)\n\n- [Tiny Maps](https://x.org)\n  **Ana Lima***, Bo Chen#\n  IROS 2023\n",
    );
    expect(papers[0]?.authors).toEqual([
      { name: "Ana Lima", isSelf: true, equalContribution: true, corresponding: false },
      { name: "Bo Chen", isSelf: false, equalContribution: false, corresponding: true },
    ]);
  });

  it("reads a year glued to the venue and a `YYYY - **Title**` line", () => {
    const { papers } = read(
      "## Publications\n\n- [Tiny Maps](https://x.org)\n  **Ana Lima**, Bo Chen\n  In ICML2025\n\n2022 - **Big Maps for Everyone**\nAna Lima and Bo Chen\nSome Venue\n",
    );
    expect(papers.map((paper) => [paper.title, paper.year])).toEqual([
      ["Tiny Maps", 2025],
      ["Big Maps for Everyone", 2022],
    ]);
  });
});
