import { describe, expect, it } from "vitest";
import { looksLikeAuthorList, normalizeName, parseAuthors, readMarkLegend, splitAuthors } from "./authors";

const names = (line: string) => splitAuthors(line).map((author) => author.name);

describe("splitAuthors", () => {
  it("splits at commas and drops the sentence's final period", () => {
    expect(names("Muru Zhang, Mayank Mishra, Tri Dao")).toEqual(["Muru Zhang", "Mayank Mishra", "Tri Dao"]);
    expect(names("Zichang Liu, Jue Wang, Beidi Chen.")).toEqual(["Zichang Liu", "Jue Wang", "Beidi Chen"]);
  });

  it('reads a final ", and X." and "X and Y."', () => {
    expect(names("Jue Wang, Ke Chen, Gang Chen, Lidan Shou, and Julian McAuley.")).toEqual([
      "Jue Wang",
      "Ke Chen",
      "Gang Chen",
      "Lidan Shou",
      "Julian McAuley",
    ]);
    expect(names("Jue Wang and Lu Wei.")).toEqual(["Jue Wang", "Lu Wei"]);
    expect(names("Bo Chen & Ana Lima")).toEqual(["Bo Chen", "Ana Lima"]);
  });

  it("keeps initials, including a trailing one", () => {
    expect(names("Mayee F. Chen, Christopher D. Manning")).toEqual(["Mayee F. Chen", "Christopher D. Manning"]);
    expect(names("Smith J., Doe K.")).toEqual(["Smith J.", "Doe K."]);
  });

  it("reads equal-contribution marks in their common spellings and removes them from the name", () => {
    expect(splitAuthors("Jue Wang$^{\\*}$, Yucheng Lu$^{\\*}$, Binhang Yuan")).toEqual([
      { name: "Jue Wang", equalContribution: true, corresponding: false },
      { name: "Yucheng Lu", equalContribution: true, corresponding: false },
      { name: "Binhang Yuan", equalContribution: false, corresponding: false },
    ]);
    expect(splitAuthors("Ana Lima*, Bo Chen∗, Cy Dee^*, Di Eu")).toEqual([
      { name: "Ana Lima", equalContribution: true, corresponding: false },
      { name: "Bo Chen", equalContribution: true, corresponding: false },
      { name: "Cy Dee", equalContribution: true, corresponding: false },
      { name: "Di Eu", equalContribution: false, corresponding: false },
    ]);
  });

  it("reads corresponding-author marks apart from equal-contribution ones", () => {
    expect(splitAuthors("Ana Lima*†, Bo Chen$^\\dagger$, Cy Dee#, Di Eu‡")).toEqual([
      { name: "Ana Lima", equalContribution: true, corresponding: true },
      { name: "Bo Chen", equalContribution: false, corresponding: true },
      { name: "Cy Dee", equalContribution: true, corresponding: false },
      { name: "Di Eu", equalContribution: false, corresponding: true },
    ]);
  });

  it("reads a role written after a name, and leaves out a legend written after the list", () => {
    expect(
      splitAuthors(
        "Yu Wu, Ana Lima [*the corresponding author*], Bo Chen (equal contribution), Cy Dee. (*: equal contribution)",
      ),
    ).toEqual([
      { name: "Yu Wu", equalContribution: false, corresponding: false },
      { name: "Ana Lima", equalContribution: false, corresponding: true },
      { name: "Bo Chen", equalContribution: true, corresponding: false },
      { name: "Cy Dee", equalContribution: false, corresponding: false },
    ]);
  });

  it("leaves out a legend that starts with its mark", () => {
    expect(splitAuthors("Ana Lima*, Bo Chen*, Cy Dee† (*Equal contribution, †Corresponding author)")).toEqual([
      { name: "Ana Lima", equalContribution: true, corresponding: false },
      { name: "Bo Chen", equalContribution: true, corresponding: false },
      { name: "Cy Dee", equalContribution: false, corresponding: true },
    ]);
  });

  it("follows the page's legend for what a mark means", () => {
    const legend = readMarkLegend("(* indicates equal contribution; # indicates corresponding authorship)");
    expect(splitAuthors("Ana Lima*, Bo Chen#", legend)).toEqual([
      { name: "Ana Lima", equalContribution: true, corresponding: false },
      { name: "Bo Chen", equalContribution: false, corresponding: true },
    ]);
  });

  it("ignores empty parts", () => {
    expect(names("Ana Lima, , Bo Chen,")).toEqual(["Ana Lima", "Bo Chen"]);
    expect(splitAuthors("")).toEqual([]);
  });
});

describe("normalizeName", () => {
  it("folds case, accents and punctuation", () => {
    expect(normalizeName("Jue WANG")).toBe("jue wang");
    expect(normalizeName("Christopher Ré")).toBe(normalizeName("Christopher Re"));
    expect(normalizeName("Skill-it!")).toBe("skill it");
  });
});

describe("parseAuthors", () => {
  it("marks the owner by name in any letter case", () => {
    expect(parseAuthors("Jue WANG, Dajie Dong", [], "Jue Wang")).toEqual([
      { name: "Jue WANG", isSelf: true, equalContribution: false, corresponding: false },
      { name: "Dajie Dong", isSelf: false, equalContribution: false, corresponding: false },
    ]);
  });

  it("trusts the owner's name over other bold names", () => {
    const authors = parseAuthors("Junlin Wang, Jue Wang, Ce Zhang", ["Junlin Wang"], "Jue Wang");
    expect(authors.map((author) => author.isSelf)).toEqual([false, true, false]);
  });

  it('falls back to the bold name when the owner is abbreviated ("J. Wang")', () => {
    const authors = parseAuthors("J. Wang, C. Zhang, and P. Liang.", ["J. Wang"], "Jue Wang");
    expect(authors).toEqual([
      { name: "J. Wang", isSelf: true, equalContribution: false, corresponding: false },
      { name: "C. Zhang", isSelf: false, equalContribution: false, corresponding: false },
      { name: "P. Liang", isSelf: false, equalContribution: false, corresponding: false },
    ]);
  });

  it("marks nobody when neither the name nor bold identifies the owner", () => {
    expect(parseAuthors("J. Wang, C. Zhang", [], "Jue Wang").some((author) => author.isSelf)).toBe(false);
  });
});

describe("looksLikeAuthorList", () => {
  it("accepts lists of names, with initials, marks and an ellipsis", () => {
    expect(looksLikeAuthorList("Muru Zhang, Mayank Mishra, Tri Dao", "Jue Wang")).toBe(true);
    expect(looksLikeAuthorList("A. Author, B. Author and C. Author", "Jue Wang")).toBe(true);
    expect(looksLikeAuthorList("Jianhua Han, ..., Hao Tang, ..., Hang Xu*", "Hao Tang")).toBe(true);
    expect(looksLikeAuthorList("Jue Wang", "Jue Wang")).toBe(true);
  });

  it("rejects sentences, venues and a lone name that is not the owner", () => {
    expect(looksLikeAuthorList("We show that most messages can be skipped, without loss of accuracy", "Jue Wang")).toBe(
      false,
    );
    expect(looksLikeAuthorList("In Proceedings of NAACL, 2022.", "Jue Wang")).toBe(false);
    expect(looksLikeAuthorList("Bo Chen", "Jue Wang")).toBe(false);
  });
});
