import { describe, expect, it } from "vitest";
import type { UnparsedBlock, Update } from "../profile/model";
import { attachUnparsed } from "./unparsed";

const update = (line: number): Update => ({ kind: "update", date: { year: 2024, month: 1 }, html: "", text: "", line });
const unparsed = (line: number): UnparsedBlock => ({ kind: "unparsed", html: "", text: "", line });

describe("attachUnparsed", () => {
  it("keeps what comes before the first entry apart and ties the rest to the entry above", () => {
    const list = attachUnparsed([unparsed(1), update(2), unparsed(3), unparsed(4), update(5)]);
    expect(list.leading.map(({ line }) => line)).toEqual([1]);
    expect(list.entries.map(({ entry, unparsed }) => [entry.line, unparsed.map(({ line }) => line)])).toEqual([
      [2, [3, 4]],
      [5, []],
    ]);
  });

  it("has no entries when nothing was parsed", () => {
    expect(attachUnparsed([unparsed(1), unparsed(2)])).toEqual({ leading: [unparsed(1), unparsed(2)], entries: [] });
  });
});
