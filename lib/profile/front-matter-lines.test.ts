import { describe, expect, it } from "vitest";
import { frontMatterLines } from "./front-matter-lines";

const SOURCE = [
  "---",
  "title: Ada Example",
  "cv:",
  "  publications: by-kind",
  "  sections:",
  "    - Awards",
  "    - Teaching",
  "short: { a: 1 }",
  "---",
  "",
  "Hello.",
].join("\n");

describe("frontMatterLines", () => {
  const lineOf = frontMatterLines(SOURCE);

  it("gives the file line of a value, however deep", () => {
    expect(lineOf(["title"])).toBe(2);
    expect(lineOf(["cv", "publications"])).toBe(4);
    expect(lineOf(["cv", "sections", 1])).toBe(7);
    expect(lineOf(["short", "a"])).toBe(8);
  });

  it("falls back to the nearest value written when the path goes further", () => {
    expect(lineOf(["cv", "missing"])).toBe(3);
    expect(lineOf(["nothing"])).toBeNull();
  });

  it("knows no line in a file without front matter", () => {
    expect(frontMatterLines("# Ada\n")(["cv"])).toBeNull();
  });
});
