import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { getUpdates } from "../profile/select";
import { anchorUpdates } from "./update-anchors";

function anchorsOf(items: string[]): string[] {
  const profile = parseProfile(`---\ntitle: A\n---\n\n## Updates\n\n${items.map((item) => `- ${item}`).join("\n")}\n`);
  return anchorUpdates(getUpdates(profile)).map(({ anchor }) => anchor);
}

describe("anchorUpdates", () => {
  it("numbers updates within their month, oldest first", () => {
    expect(anchorsOf(["May 2024: Second.", "May 2024: First.", "Jan 2024: Earlier.", "2021: A year."])).toEqual([
      "update-2024-05-2",
      "update-2024-05-1",
      "update-2024-01-1",
      "update-2021-1",
    ]);
  });

  it("keeps the anchors of published updates when news is added on top", () => {
    const before = anchorsOf(["May 2024: Second.", "May 2024: First."]);
    const after = anchorsOf(["May 2024: Third.", "May 2024: Second.", "May 2024: First."]);
    expect(after.slice(1)).toEqual(before);
  });
});
