import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseProfile } from "./parse";
import { profileService } from "./text/profile-links";

const seed = readFileSync(path.resolve(import.meta.dirname, "../../test/profiles/seed.md"), "utf8");

function profileOf(frontMatter: string[], body: string[]) {
  return parseProfile(["---", "name: Ada Example", ...frontMatter, "---", "", ...body, ""].join("\n"));
}

describe("profile links", () => {
  it("gives the seed its email and nothing invented", () => {
    expect(parseProfile(seed).links).toEqual([
      { kind: "service", service: "email", label: "Email", href: "mailto:zjuwangjue@gmail.com" },
    ]);
  });

  it("reads the front matter's links, ids and addresses alike, in its order", () => {
    const profile = profileOf(
      [
        "links:",
        "  scholar: AbCdEfGhIjKl",
        "  orcid: 0000-0002-1825-009x",
        "  github: ada-example",
        "  mastodon: '@ada@sigmoid.social'",
        "  x: '@ada_ex'",
        "  bluesky: ada.bsky.social",
        "  linkedin: https://www.linkedin.com/in/ada-example/",
        "  email: ada@example.org",
        "  website: http://www.example.edu/~ada",
        "  talks: https://example.org/talks",
      ],
      ["Ada works on compilers."],
    );
    expect(
      profile.links.map((link) => [link.kind === "service" ? link.service : "other", link.label, link.href]),
    ).toEqual([
      ["scholar", "Google Scholar", "https://scholar.google.com/citations?user=AbCdEfGhIjKl"],
      ["orcid", "ORCID", "https://orcid.org/0000-0002-1825-009X"],
      ["github", "GitHub", "https://github.com/ada-example"],
      ["mastodon", "Mastodon", "https://sigmoid.social/@ada"],
      ["x", "X", "https://x.com/ada_ex"],
      ["bluesky", "Bluesky", "https://bsky.app/profile/ada.bsky.social"],
      ["linkedin", "LinkedIn", "https://www.linkedin.com/in/ada-example/"],
      ["email", "Email", "mailto:ada@example.org"],
      ["website", "Website", "http://www.example.edu/~ada"],
      ["other", "talks", "https://example.org/talks"],
    ]);
    expect(profile.diagnostics).toEqual([]);
  });

  it("leaves out a value that is no address, and says where it is", () => {
    const profile = profileOf(
      ["links:", "  github: https://github.com/ada", "  scholar: javascript:alert(1)", "  blog: [1, 2]"],
      ["Ada."],
    );
    expect(profile.links.map((link) => link.href)).toEqual(["https://github.com/ada"]);
    expect(profile.diagnostics).toEqual([
      { severity: "warning", line: 5, message: expect.stringContaining('"scholar" is not a web address') },
      { severity: "warning", line: 6, message: expect.stringContaining('"blog" is not a web address') },
    ]);
  });

  it("finds profiles the intro and contact section link to, by their form", () => {
    const profile = profileOf(
      [],
      [
        "I work with [Prof. Bo Chen](https://github.com/bochen) on [our compiler](https://github.com/ada/compiler).",
        "",
        "[Scholar](https://scholar.google.com/citations?user=AbCdEfGhIjKl&hl=en) · [ORCID](https://orcid.org/0000-0002-1825-0097) · [dblp](https://dblp.org/pid/123/4567.html)",
        "",
        "## Contact",
        "",
        "Mail me at [ada@example.org](mailto:ada@example.org), or find me at @ada@sigmoid.social and [GitHub](https://github.com/ada/).",
      ],
    );
    expect(profile.links.map((link) => link.href)).toEqual([
      "https://scholar.google.com/citations?user=AbCdEfGhIjKl&hl=en",
      "https://orcid.org/0000-0002-1825-0097",
      "https://dblp.org/pid/123/4567.html",
      "mailto:ada@example.org",
      "https://sigmoid.social/@ada",
      "https://github.com/ada/",
    ]);
  });

  it("prefers the front matter's profile on a service to one written in the body", () => {
    const profile = profileOf(["links:", "  github: ada"], ["See [my GitHub](https://github.com/ada-old)."]);
    expect(profile.links.map((link) => link.href)).toEqual(["https://github.com/ada"]);
  });
});

describe("profile addresses", () => {
  it.each([
    ["https://scholar.google.com/citations?user=AbCdEfGhIjKl", "scholar"],
    ["https://scholar.google.co.uk/citations?hl=en&user=AbCdEfGhIjKl", "scholar"],
    ["https://orcid.org/0000-0002-1825-0097", "orcid"],
    ["https://github.com/ada", "github"],
    ["https://gitlab.com/ada", "gitlab"],
    ["https://dblp.org/pid/123/4567.html", "dblp"],
    ["https://openreview.net/profile?id=~Ada_Example1", "openreview"],
    ["https://www.semanticscholar.org/author/Ada-Example/12345", "semantic_scholar"],
    ["https://www.linkedin.com/in/ada-example", "linkedin"],
    ["https://x.com/ada_ex", "x"],
    ["https://twitter.com/ada_ex/", "x"],
    ["https://bsky.app/profile/ada.bsky.social", "bluesky"],
    ["https://www.youtube.com/@ada", "youtube"],
  ])("%s is a %s profile", (href, service) => {
    expect(profileService(href)).toBe(service);
  });

  it.each([
    "https://github.com/ada/compiler",
    "https://github.com/features",
    "https://scholar.google.com/scholar?q=ada",
    "https://x.com/ada_ex/status/123",
    "https://openreview.net/forum?id=abc",
    "https://orcid.org/",
    "https://ada.github.io/",
  ])("%s is not a profile", (href) => {
    expect(profileService(href)).toBeNull();
  });
});
