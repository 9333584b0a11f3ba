import { describe, expect, it } from "vitest";
import { uniqueIds } from "./ids";

describe("uniqueIds", () => {
  it("numbers a repeated base from 2, and keeps each allocator's ids its own", () => {
    const first = uniqueIds();
    expect(["deja-vu", "deja-vu", "other", "deja-vu"].map(first)).toEqual([
      "deja-vu",
      "deja-vu-2",
      "other",
      "deja-vu-3",
    ]);
    expect(uniqueIds()("deja-vu")).toBe("deja-vu");
  });

  it("skips a numbered id the author's own base already took", () => {
    const allocate = uniqueIds();
    expect(["a-2", "a", "a"].map(allocate)).toEqual(["a-2", "a", "a-3"]);
  });
});
