import { describe, expect, it } from "vitest";
import { parseProfile } from "./parse";

function parse(frontMatter: string[], body: string[]) {
  return parseProfile(["---", "name: Ada Example", ...frontMatter, "---", "", ...body, ""].join("\n"));
}

describe("the CV document", () => {
  it("is the front matter's cv: when it names a file, at its line", () => {
    expect(parse(["cv: files/ada-cv.pdf"], ["Ada."]).cvDocument).toEqual({
      source: { kind: "local", file: "content/files/ada-cv.pdf", path: "/files/files/ada-cv.pdf" },
      line: 3,
    });
    expect(parse(["cv: /ada-cv.pdf"], ["Ada."]).cvDocument?.source).toEqual({
      kind: "local",
      file: "public/ada-cv.pdf",
      path: "/ada-cv.pdf",
    });
    expect(parse(["cv: http://www.example.edu/~ada/cv.pdf"], ["Ada."]).cvDocument?.source).toEqual({
      kind: "remote",
      url: "http://www.example.edu/~ada/cv.pdf",
    });
  });

  it("is an intro link named CV or Resume, which stays in the intro", () => {
    const profile = parse([], ["Ada works on compilers. Her [Résumé](https://example.org/ada.pdf) is online."]);
    expect(profile.cvDocument).toEqual({ source: { kind: "remote", url: "https://example.org/ada.pdf" }, line: 5 });
    const intro = profile.sections[0];
    expect(intro?.kind === "intro" && intro.html).toContain('<a href="https://example.org/ada.pdf">Résumé</a>');
  });

  it("is not any link that mentions a CV", () => {
    expect(parse([], ["See [how I write a CV](https://example.org/blog)."]).cvDocument).toBeNull();
  });

  it("leaves a cv: map to the generated CV page's options, and still finds the intro's link", () => {
    const profile = parse(["cv:", "  sections: [education]"], ["[CV](cv.pdf)"]);
    expect(profile.cvDocument?.source).toMatchObject({ kind: "local", path: "/files/cv.pdf" });
    expect(profile.diagnostics).toEqual([]);
  });

  it.each([
    ["javascript:alert(1)", '"javascript" addresses'],
    ["cv.docx", "only a PDF"],
  ])("refuses cv: %j with a warning", (cv, reason) => {
    const profile = parse([`cv: "${cv}"`], ["Ada."]);
    expect(profile.cvDocument).toBeNull();
    expect(profile.diagnostics).toEqual([{ severity: "warning", line: 3, message: expect.stringContaining(reason) }]);
  });
});
