import { remark } from "remark";
import { describe, expect, it } from "vitest";
import type { FrontMatterValue } from "./model";
import { findOwnerName } from "./name";

function owner(data: Record<string, FrontMatterValue>, markdown = "") {
  return findOwnerName(data, remark().parse(markdown), (node) => node.position?.start.line ?? 0);
}

describe("findOwnerName", () => {
  it("prefers the front matter's name, then its author, then its title", () => {
    expect(owner({ name: "Ada Example", author: "B", title: "C" })?.name).toBe("Ada Example");
    expect(owner({ author: "Ada Example", title: "C" })?.source).toEqual({ kind: "front matter", field: "author" });
    expect(owner({ author: { name: "Ada Example" } })?.name).toBe("Ada Example");
    expect(owner({ title: "Ada Example" })?.source).toEqual({ kind: "front matter", field: "title" });
  });

  it.each(["About", "About me", "about", "Home", "Homepage", "CV", "Bio", "", "  ", "Main Page"])(
    "does not take the page label %j for a name",
    (title) => {
      expect(owner({ title }, "# Ada Example\n\nHello.")).toEqual({
        name: "Ada Example",
        source: { kind: "heading", line: 1 },
      });
    },
  );

  it.each([
    ["# Ada Example", "Ada Example"],
    ["# 👋 Ada Example", "Ada Example"],
    ["# Hi there 👋, I'm Ada Example", "Ada Example"],
    ["# Hello! I am Zoë O'Brien-Lee", "Zoë O'Brien-Lee"],
    ["# 王小明", "王小明"],
  ])("reads the name in the heading %j", (markdown, name) => {
    expect(owner({}, markdown)?.name).toBe(name);
  });

  it.each([
    "# 🔥 News\n\n- May 2025: x",
    "# Welcome!",
    '# "A line of verse, quoted, from a poet"',
    "## Ada Example",
    "# Educations\n\n- *2020 - 2024*, PhD, Some University",
    "# Ada Example\n\nBio.\n\n# 🔥 News\n\n- May 2025: x",
    "Intro first.\n\n## Section\n\n# Ada Example",
  ])("finds no name in %j", (markdown) => {
    expect(owner({}, markdown)).toBeNull();
  });

  it("takes the bold name most repeated in the publications, and not a bold name seen once", () => {
    const publications = [
      "# Publications",
      "- **A Title**\n  **Ada Example**$^*$, Ben Other\n  ICML 2024",
      "- **Another Title**\n  Ben Other, **Ada Example**\n  ACL 2023",
      "- **Third Paper**\n  **Cy Third**, Ben Other\n  EMNLP 2022",
    ].join("\n\n");
    expect(owner({}, publications)).toEqual({
      name: "Ada Example",
      source: { kind: "publications", line: 4, authorLines: 2 },
    });
    expect(owner({}, publications.split("\n\n").slice(0, 2).join("\n\n"))).toBeNull();
  });

  it("counts bold names only under a publications heading", () => {
    expect(owner({}, "## Students\n\n- **Ada Example**\n- **Ada Example**")).toBeNull();
  });
});
