import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getPublications } from "../profile/select";
import { parseProfile } from "../profile/parse";
import { addressLine, curriculumVitae } from "./cv";
import { DEFAULT_CV_OPTIONS } from "./cv-options";

const seed = parseProfile(readFileSync("test/profiles/seed.md", "utf8"));

const profile = parseProfile(
  [
    "---",
    "title: Ada Example",
    "---",
    "",
    "## Awards",
    "",
    "- Best Paper, 2024",
    "",
    "## Publications",
    "",
    "- [**A Journal Paper**](https://example.org/1)",
    "  **Ada Example**, Ben Ode",
    "  Journal of Machine Learning Research (JMLR), 2022",
    "- [**A Preprint**](https://example.org/2)",
    "  **Ada Example**$^{\\*}$, Ben Ode$^{\\*}$",
    "  arXiv preprint, 2024",
    "- [**A Conference Paper**](https://example.org/3)",
    "  Ben Ode, **Ada Example**",
    "  In Proc. of ICML 2023.",
    "",
    "## Teaching",
    "",
    "- TA, Databases",
    "",
  ].join("\n"),
);

const titles = (cv: ReturnType<typeof curriculumVitae>) =>
  cv.publicationGroups.map(({ heading, start, publications }) => [
    heading,
    start,
    publications.map(({ entry }) => entry.title),
  ]);

describe("curriculumVitae", () => {
  it("lists the seed's every paper, position and degree once, papers newest year first", () => {
    const cv = curriculumVitae(seed, DEFAULT_CV_OPTIONS);
    const listed = cv.publicationGroups.flatMap(({ publications }) => publications.map(({ entry }) => entry.id));
    expect(listed.toSorted()).toEqual(
      getPublications(seed)
        .map(({ id }) => id)
        .toSorted(),
    );
    expect(cv.publicationGroups.map(({ heading }) => heading)).toEqual([
      "2025",
      "2024",
      "2023",
      "2022",
      "2021",
      "2020",
      "Undated",
    ]);
    expect(cv.education).toHaveLength(4);
    expect(cv.experience).toHaveLength(3);
    expect(cv).toMatchObject({
      name: "Jue Wang",
      role: "Senior Staff Researcher at Together AI",
      authorMarks: { equalContribution: true, corresponding: false },
    });
  });

  it("numbers papers on through the groups", () => {
    expect(titles(curriculumVitae(profile, DEFAULT_CV_OPTIONS))).toEqual([
      ["2024", 1, ["A Preprint"]],
      ["2023", 2, ["A Conference Paper"]],
      ["2022", 3, ["A Journal Paper"]],
    ]);
  });

  it("groups papers by kind of venue when asked", () => {
    expect(titles(curriculumVitae(profile, { publications: "by-kind", sections: "all" }))).toEqual([
      ["Journal articles", 1, ["A Journal Paper"]],
      ["Conference papers", 2, ["A Conference Paper"]],
      ["Preprints", 3, ["A Preprint"]],
    ]);
  });

  it("keeps every other section by default, or those the options name", () => {
    const headings = (sections: "all" | string[]) =>
      curriculumVitae(profile, { publications: "by-year", sections }).otherSections.map(({ heading }) => heading);
    expect(headings("all")).toEqual(["Awards", "Teaching"]);
    expect(headings(["teaching"])).toEqual(["Teaching"]);
    expect(headings([])).toEqual([]);
  });
});

describe("curriculumVitae of the held-out profile (test/profiles/other-researcher.md)", () => {
  const cv = curriculumVitae(
    parseProfile(readFileSync("test/profiles/other-researcher.md", "utf8")),
    DEFAULT_CV_OPTIONS,
  );

  it("keeps its Teaching section and reads its address lines as one", () => {
    expect(cv.otherSections.map(({ heading }) => heading)).toEqual(["Teaching"]);
    expect(cv.address).toBe(
      "Department of Civil and Environmental Engineering, Nordfjord Institute of Technology, 6770 Nordfjordeid, Norway",
    );
    expect(cv.role).toBe("Associate Professor at Nordfjord Institute of Technology");
  });
});

describe("addressLine", () => {
  it("joins the lines with a comma, unless the author wrote one", () => {
    expect(addressLine(["251 Rhode Island St,", "San Francisco"])).toBe("251 Rhode Island St, San Francisco");
    expect(addressLine(["Together AI", " San Francisco, CA "])).toBe("Together AI, San Francisco, CA");
    expect(addressLine([])).toBeNull();
  });
});
