import { describe, expect, it } from "vitest";
import { frontMatterLines } from "../profile/front-matter-lines";
import { parseProfile } from "../profile/parse";
import { DEFAULT_CV_OPTIONS, readCvOptions } from "./cv-options";

const BODY = ["", "## Awards", "", "- Best Paper, 2024", "", "## Teaching", "", "- TA, Databases", ""];

function read(frontMatter: string[]) {
  const source = ["---", "title: Ada Example", ...frontMatter, "---", ...BODY].join("\n");
  return readCvOptions(parseProfile(source), frontMatterLines(source));
}

describe("readCvOptions", () => {
  it("lists papers by year and keeps every other section by default", () => {
    expect(read([])).toEqual({ options: DEFAULT_CV_OPTIONS, diagnostics: [] });
    expect(DEFAULT_CV_OPTIONS).toEqual({ publications: "by-year", sections: "all" });
  });

  it("reads a map of options, in either YAML style", () => {
    expect(read(["cv: { publications: by-kind, sections: [Awards] }"])).toEqual({
      options: { publications: "by-kind", sections: ["Awards"] },
      diagnostics: [],
    });
    expect(read(["cv:", "  sections:", "    - teaching"]).options).toEqual({
      publications: "by-year",
      sections: ["teaching"],
    });
  });

  it("leaves a string to mean the author's own CV document, with the defaults here", () => {
    expect(read(["cv: /files/cv.pdf"])).toEqual({ options: DEFAULT_CV_OPTIONS, diagnostics: [] });
  });

  it("warns, at the line of the value, about what it cannot use, and keeps the rest", () => {
    const { options, diagnostics } = read([
      "cv:",
      "  publications: by-venue",
      "  sections: [Awards, Awardz]",
      "  colour: blue",
    ]);
    expect(options).toEqual({ publications: "by-year", sections: ["Awards", "Awardz"] });
    expect(diagnostics).toEqual([
      { severity: "warning", line: 6, message: expect.stringMatching(/^cv: unknown option "colour"/) },
      { severity: "warning", line: 4, message: expect.stringMatching(/^cv.publications: expected by-year or by-kind/) },
      {
        severity: "warning",
        line: 5,
        message: 'cv.sections: no section is headed "Awardz" (the other sections are Awards, Teaching)',
      },
    ]);
  });

  it("warns about a value that is neither options nor a document", () => {
    const { options, diagnostics } = read(["cv: 3"]);
    expect(options).toEqual(DEFAULT_CV_OPTIONS);
    expect(diagnostics).toMatchObject([{ severity: "warning", line: 3 }]);
  });
});
