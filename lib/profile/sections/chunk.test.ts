import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { toPlainText } from "../markdown/render";
import { chunk } from "./chunk";

function outline(markdown: string) {
  const { title, preamble, chunks } = chunk(remark().parse(markdown));
  return {
    title: title && toPlainText(title),
    preamble: toPlainText(preamble),
    sections: chunks.map((part) => [toPlainText(part.heading), part.kind, toPlainText(part.blocks)]),
  };
}

describe("chunk", () => {
  it("splits at headings of any level, ATX or setext", () => {
    const markdown = "Bio.\n\nNews\n====\n\n- May 2025: x\n\n#### Education\n\n- y\n\nPublications\n---\n\n- z\n";
    expect(outline(markdown)).toEqual({
      title: null,
      preamble: "Bio.",
      sections: [
        ["News", "updates", "May 2025: x"],
        ["Education", "education", "y"],
        ["Publications", "publications", "z"],
      ],
    });
  });

  it("finds a known section nested under another heading", () => {
    const markdown = "## Research Interests\n\nSystems.\n\n### Publications\n\n- a\n\n## Teaching\n\nCS 101\n";
    expect(outline(markdown).sections).toEqual([
      ["Research Interests", "research", "Systems."],
      ["Publications", "publications", "a"],
      ["Teaching", "other", "CS 101"],
    ]);
  });

  it("keeps subheadings of a section's own kind, and unknown deeper ones, inside it", () => {
    const markdown = "# Publications\n\n## 2024\n\n- a\n\n## Preprints\n\n- b\n\n# 🎖 Honors\n\n## Fellowships\n\nF\n";
    expect(outline(markdown).sections).toEqual([
      ["Publications", "publications", "2024 a Preprints b"],
      ["🎖 Honors", "other", "Fellowships F"],
    ]);
  });

  it("ends a nested section at a heading no deeper than it", () => {
    const markdown = "Hi.\n\n## Bio\n\n### News\n\n- a\n\n### Hobbies\n\nClimbing.\n";
    expect(outline(markdown).sections).toEqual([
      ["Bio", "other", ""],
      ["News", "updates", "a"],
      ["Hobbies", "other", "Climbing."],
    ]);
  });

  it("reads a known section name alone in bold as a heading, and no other bold line", () => {
    const markdown = "Bio.\n\n**News**\n\n- May 2025: x\n\n**Publications:**\n\n- a\n\n**Fun facts**\n\nF\n";
    expect(outline(markdown).sections).toEqual([
      ["News", "updates", "May 2025: x"],
      ["Publications:", "publications", "a Fun facts F"],
    ]);
  });

  it("reads a leading heading that names no section as the document's title, not as a section", () => {
    expect(outline("# Jane Doe\n\nI study ants.\n\n## Publications\n\n- a\n\n## Teaching\n\nT\n")).toEqual({
      title: "Jane Doe",
      preamble: "I study ants.",
      sections: [
        ["Publications", "publications", "a"],
        ["Teaching", "other", "T"],
      ],
    });
    expect(outline("# About me\n\nHello.\n").title).toBe("About me");
  });

  it("does not take a heading for the title when text comes first or another heading is as shallow", () => {
    expect(outline("Hello.\n\n# Teaching\n\nT\n").title).toBeNull();
    expect(outline("# Teaching\n\nT\n\n# Hobbies\n\nH\n").title).toBeNull();
    expect(outline("# News\n\n- May 2025: x\n").title).toBeNull();
  });
});
