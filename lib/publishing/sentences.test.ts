import { describe, expect, it } from "vitest";
import { firstSentence, truncateWords } from "./sentences";

describe("firstSentence", () => {
  it("reads past titles and degrees that end in a full stop", () => {
    expect(
      firstSentence(
        "Hello, I am a researcher at Together AI, working closely with Prof. Ce Zhang. Before that, I got my Ph.D. degree.",
      ),
    ).toBe("Hello, I am a researcher at Together AI, working closely with Prof. Ce Zhang.");
    expect(firstSentence("I got my Ph.D. degree from Zhejiang University. Then I moved.")).toBe(
      "I got my Ph.D. degree from Zhejiang University.",
    );
    expect(firstSentence("Work with Dr. Smith, e.g. on compilers. More.")).toBe(
      "Work with Dr. Smith, e.g. on compilers.",
    );
  });

  it("treats a single capital letter as an initial", () => {
    expect(firstSentence("I work with J. Smith on proofs. Also on types.")).toBe("I work with J. Smith on proofs.");
  });

  it("ends at an exclamation or question mark", () => {
    expect(firstSentence("We won! Thanks to all.")).toBe("We won!");
    expect(firstSentence("Why systems? Because.")).toBe("Why systems?");
  });

  it("does not end a sentence before a lower-case word", () => {
    expect(firstSentence("Version 2. is out. Now.")).toBe("Version 2. is out.");
  });

  it("returns the whole text when there is one sentence, with spaces collapsed", () => {
    expect(firstSentence("  A researcher\n in systems  ")).toBe("A researcher in systems");
    expect(firstSentence("")).toBe("");
  });
});

describe("truncateWords", () => {
  it("keeps short text as it is", () => {
    expect(truncateWords("Short text.", 20)).toBe("Short text.");
  });

  it("cuts long text at a word boundary, with an ellipsis, within the limit", () => {
    const cut = truncateWords("Efficient and cost-effective algorithms and systems for LLMs", 30);
    expect(cut).toBe("Efficient and cost-effective…");
    expect(cut.length).toBeLessThanOrEqual(30);
  });
});
