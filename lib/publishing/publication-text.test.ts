import { describe, expect, it } from "vitest";
import { publicationDescription, shortAuthorList, venueText } from "./publication-text";
import { samplePublication } from "../../test/generators/publication";

const author = (name: string) => ({ name, isSelf: false, equalContribution: false, corresponding: false });

describe("venueText", () => {
  it("is the venue line as written, else the short name and year", () => {
    expect(venueText(samplePublication())).toBe("In Proc. of ICML 2023.");
    expect(venueText(samplePublication({ venueLine: null }))).toBe("ICML 2023");
    expect(venueText(samplePublication({ venueLine: null, year: null }))).toBe("ICML");
    expect(venueText(samplePublication({ venueLine: null, venue: null }))).toBeNull();
  });
});

describe("shortAuthorList", () => {
  it("names up to four authors, and three with et al. beyond", () => {
    expect(shortAuthorList(samplePublication())).toBe("Jue Wang, Yucheng Lu, Ce Zhang");
    const many = samplePublication({ authors: ["A", "B", "C", "D", "E"].map(author) });
    expect(shortAuthorList(many)).toBe("A, B, C et al.");
    expect(shortAuthorList(samplePublication({ authors: [] }))).toBeNull();
  });
});

describe("publicationDescription", () => {
  it("says who wrote the paper and where it appeared", () => {
    expect(publicationDescription(samplePublication())).toBe("Jue Wang, Yucheng Lu, Ce Zhang. In Proc. of ICML 2023.");
  });

  it("falls back to the title when there is nothing else", () => {
    const bare = samplePublication({ authors: [], venue: null, venueLine: null });
    expect(publicationDescription(bare)).toBe(bare.title);
  });
});
