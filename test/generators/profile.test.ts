import { describe, expect, it } from "vitest";
import { generateProfile, generateProfileOfSize } from "./profile";
import { parseProfile } from "../../lib/profile/parse";

function publicationsOf(text: string) {
  const profile = parseProfile(text, "generated.md");
  const items = profile.sections.flatMap((section) => (section.kind === "publications" ? section.items : []));
  // Every generated entry must parse as a publication, none left "unparsed".
  expect(items.filter((item) => item.kind !== "publication")).toEqual([]);
  return { profile, publications: items };
}

describe("generateProfile", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateProfile({ publications: 30, seed: 7 })).toBe(generateProfile({ publications: 30, seed: 7 }));
    expect(generateProfile({ publications: 30, seed: 7 })).not.toBe(generateProfile({ publications: 30, seed: 8 }));
  });

  it("produces a profile the parser reads cleanly, with the requested counts", () => {
    const text = generateProfile({ publications: 120, updates: 40, name: "Zoë Example" });
    const { profile, publications } = publicationsOf(text);
    expect(profile.name).toBe("Zoë Example");
    expect(profile.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(publications).toHaveLength(120);
    const updates = profile.sections.flatMap((section) => (section.kind === "updates" ? section.items : []));
    expect(updates.map((update) => update.kind)).toEqual(Array(40).fill("update"));
    expect(
      new Set(publications.map((publication) => (publication.kind === "publication" ? publication.title : ""))).size,
    ).toBe(120);
  });

  it("rejects impossible counts", () => {
    expect(() => generateProfile({ publications: -1 })).toThrow(RangeError);
    expect(() => generateProfile({ updates: 1.5 })).toThrow(RangeError);
  });
});

// A 5 MB profile, read end to end, is scripts/check.test.ts's and the large browser suite's to prove.
describe("generateProfileOfSize", () => {
  it("reaches the requested size with entries the parser reads cleanly", () => {
    const text = generateProfileOfSize(300_000);
    expect(new TextEncoder().encode(text).length).toBeGreaterThanOrEqual(300_000);
    const { profile, publications } = publicationsOf(text);
    expect(profile.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(publications.length).toBeGreaterThan(500);
  });
});
