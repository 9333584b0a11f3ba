import { describe, expect, it } from "vitest";
import type { Author } from "../profile/model";
import { foldAuthors, GAP } from "./author-folding";

const author = (name: string, isSelf = false): Author => ({
  name,
  isSelf,
  equalContribution: false,
  corresponding: false,
});
const names = (folding: ReturnType<typeof foldAuthors>) =>
  folding.kind === "folded" ? folding.short.map((entry) => (entry === GAP ? "…" : entry.name)) : [];

describe("foldAuthors", () => {
  const fifty = Array.from({ length: 50 }, (_, index) => author(`A${index}`, index === 26));

  it("keeps a list at or under the limit whole", () => {
    expect(foldAuthors(fifty.slice(0, 10), 10)).toEqual({ kind: "whole", authors: fifty.slice(0, 10) });
  });

  it("folds a longer one to the first few, the owner and the last author, counting the rest", () => {
    const folding = foldAuthors(fifty, 10);
    expect(names(folding)).toEqual(["A0", "A1", "A2", "…", "A26", "…", "A49"]);
    expect(folding).toMatchObject({ kind: "folded", hidden: 45, authors: fifty });
  });

  it("puts no gap between names that follow each other", () => {
    const eleven = Array.from({ length: 11 }, (_, index) => author(`A${index}`, index === 3));
    expect(names(foldAuthors(eleven, 10))).toEqual(["A0", "A1", "A2", "A3", "…", "A10"]);
    const ownerLast = Array.from({ length: 12 }, (_, index) => author(`A${index}`, index === 11));
    expect(names(foldAuthors(ownerLast, 4))).toEqual(["A0", "A1", "A2", "…", "A11"]);
  });
});
