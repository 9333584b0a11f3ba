import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { getPublications } from "../profile/select";
import { authorMarksOf, isFirstAuthor, sharesEqualContribution, usesAnyMark } from "./authorship";

function paperBy(authors: string) {
  const [publication] = getPublications(
    parseProfile(
      ["---", "title: Ada Example", "---", "", "## Publications", "", "- [**A Paper**](https://example.org/1)"]
        .concat([`  ${authors}`, "  In Proc. of ICML 2023.", ""])
        .join("\n"),
    ),
  );
  if (!publication) throw new Error("no publication parsed");
  return publication;
}

describe("isFirstAuthor", () => {
  it("holds when the owner comes first", () => {
    expect(isFirstAuthor(paperBy("**Ada Example**, Ben Ode"))).toBe(true);
  });

  it("holds when the owner shares first place through equal-contribution marks", () => {
    expect(isFirstAuthor(paperBy("Ben Ode$^{\\*}$, **Ada Example**$^{\\*}$, Cy Young"))).toBe(true);
  });

  it("fails when an unmarked author comes before the owner", () => {
    expect(isFirstAuthor(paperBy("Ben Ode, **Ada Example**$^{\\*}$, Cy Young$^{\\*}$"))).toBe(false);
    expect(isFirstAuthor(paperBy("Ben Ode$^{\\*}$, **Ada Example**"))).toBe(false);
  });

  it("fails when the owner is not among the authors", () => {
    expect(isFirstAuthor(paperBy("Ben Ode, Cy Young"))).toBe(false);
  });
});

describe("sharesEqualContribution", () => {
  it("holds only when the owner carries the mark", () => {
    expect(sharesEqualContribution(paperBy("Ben Ode, **Ada Example**$^{\\*}$, Cy Young$^{\\*}$"))).toBe(true);
    expect(sharesEqualContribution(paperBy("Ben Ode$^{\\*}$, Cy Young$^{\\*}$, **Ada Example**"))).toBe(false);
  });
});

describe("authorMarksOf", () => {
  it("names the marks some author list uses, and none for unmarked lists", () => {
    const plain = paperBy("**Ada Example**, Ben Ode");
    const marks = authorMarksOf([plain, paperBy("Ben Ode*, **Ada Example**†")]);
    expect(marks).toEqual({ equalContribution: true, corresponding: true });
    expect(usesAnyMark(authorMarksOf([plain]))).toBe(false);
    expect(authorMarksOf([paperBy("Ben Ode, **Ada Example**✉")])).toEqual({
      equalContribution: false,
      corresponding: true,
    });
  });
});
