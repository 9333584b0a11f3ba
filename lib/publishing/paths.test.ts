import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { pagePaths, pageHref, publicationPath } from "./paths";

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
    expect(pagePaths(profile)).toEqual(["/", "/publications", "/updates", "/publications/first-paper", "/publications/second-paper"]);
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
});
