import { describe, expect, it } from "vitest";
import { parseProfile } from "./parse";

function parse(frontMatter: string[], body: string[]) {
  return parseProfile(["---", "name: Ada Example", ...frontMatter, "---", "", ...body, ""].join("\n"));
}

describe("the photo", () => {
  it("is the front matter's photo, at its line", () => {
    const profile = parse(["photo: images/ada.jpg"], ["Ada works on compilers."]);
    expect(profile.photo).toEqual({
      source: { kind: "local", file: "content/images/ada.jpg", path: "/files/images/ada.jpg" },
      alt: "Ada Example",
      size: null,
      line: 3,
    });
  });

  it("else is the first image in the intro, which then leaves the intro", () => {
    const profile = parse(
      [],
      ["![Ada Example](ada.jpg)", "", "Ada works on compilers.", "", "## News", "", "![x](y.png)"],
    );
    expect(profile.photo).toMatchObject({
      source: { kind: "local", path: "/files/ada.jpg" },
      alt: "Ada Example",
      line: 5,
    });
    const intro = profile.sections[0];
    expect(intro?.kind === "intro" && intro.html).toBe("<p>Ada works on compilers.</p>");
  });

  it("may be a raw <img> beside the bio, whose words stay", () => {
    const profile = parse([], ['<img src="https://example.org/ada.png" width="160"> Ada works on compilers.']);
    expect(profile.photo).toMatchObject({ source: { kind: "remote", url: "https://example.org/ada.png" } });
    const intro = profile.sections[0];
    expect(intro?.kind === "intro" && intro.text).toBe("Ada works on compilers.");
    expect(intro?.kind === "intro" && intro.html).not.toContain("<img");
  });

  it("is not a status badge", () => {
    const profile = parse([], ["![visits](https://img.shields.io/badge/visits-1-blue) Ada works on compilers."]);
    expect(profile.photo).toBeNull();
  });

  it("is none in the seed's style: no image, no placeholder", () => {
    expect(parse([], ["Ada works on compilers."]).photo).toBeNull();
  });

  it.each([
    ["javascript:alert(1)", '"javascript" addresses'],
    ["https://evil.example.org/me.svg", "SVG images are not published"],
    ["me.pdf", "not an image format"],
  ])("refuses %j with a warning at its line", (photo, reason) => {
    const profile = parse([`photo: "${photo}"`], ["Ada."]);
    expect(profile.photo).toBeNull();
    expect(profile.diagnostics).toEqual([{ severity: "warning", line: 3, message: expect.stringContaining(reason) }]);
    // The front matter is kept as written; nothing read from it carries the address.
    expect(JSON.stringify({ ...profile, frontMatter: null })).not.toContain("javascript:");
  });
});
