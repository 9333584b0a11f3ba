import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseProfile } from "./parse";

/**
 * One folder per real-world homepage style: `input.md` and `expected.json`.
 * Adding a case means adding a folder.
 *
 * expected.json:
 * - `profile`: a partial Profile matched with `toMatchObject`: objects may
 *   leave fields out, arrays must list every element (so counts are checked).
 *   `{ "$contains": "…" }` stands for a string that contains the text.
 *   `sections` and `diagnostics` are required, so every case pins both.
 * - `absent` (optional): text that must appear nowhere in the serialized profile.
 */
const FIXTURES = path.join(import.meta.dirname, "fixtures");

interface Expectation {
  profile: { sections: unknown[]; diagnostics: unknown[] } & Record<string, unknown>;
  absent?: string[];
}

/** Turn `{ "$contains": "x" }` into vitest's asymmetric matcher, recursively. */
function toMatcher(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toMatcher);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const [only] = entries;
  if (entries.length === 1 && only?.[0] === "$contains") {
    if (typeof only[1] !== "string") throw new Error(`"$contains" needs a string, got ${JSON.stringify(only[1])}`);
    return expect.stringContaining(only[1]);
  }
  return Object.fromEntries(entries.map(([key, item]) => [key, toMatcher(item)]));
}

function readExpectation(folder: string): Expectation {
  const data: unknown = JSON.parse(readFileSync(path.join(folder, "expected.json"), "utf8"));
  const profile = (data as { profile?: { sections?: unknown; diagnostics?: unknown } } | null)?.profile;
  if (!profile || !Array.isArray(profile.sections) || !Array.isArray(profile.diagnostics)) {
    throw new Error(`${folder}/expected.json: "profile.sections" and "profile.diagnostics" must be arrays`);
  }
  return data as Expectation;
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("profile fixtures", () => {
  it("finds every fixture folder", () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  it("matches partially but rejects a wrong value, a missing element or a missing substring", () => {
    const actual = { items: [{ kind: "update", text: "Our paper was accepted" }] };
    expect(actual).toMatchObject(toMatcher({ items: [{ text: { $contains: "paper" } }] }) as object);
    expect(() =>
      expect(actual).toMatchObject(toMatcher({ items: [{ text: { $contains: "talk" } }] }) as object),
    ).toThrow();
    expect(() =>
      expect(actual).toMatchObject(toMatcher({ items: [{ kind: "update" }, { kind: "update" }] }) as object),
    ).toThrow();
    expect(() => expect(actual).toMatchObject(toMatcher({ items: [{ kind: "unparsed" }] }) as object)).toThrow();
  });

  it.each(cases)("%s", (name) => {
    const folder = path.join(FIXTURES, name);
    const source = readFileSync(path.join(folder, "input.md"), "utf8");
    const expected = readExpectation(folder);
    const profile = parseProfile(source, `fixtures/${name}/input.md`);

    expect(profile).toMatchObject(toMatcher(expected.profile) as Record<string, unknown>);

    const serialized = JSON.stringify(profile);
    for (const text of expected.absent ?? [])
      expect(serialized, `"${text}" leaked into the profile`).not.toContain(text);
    // Whatever the homepage style, private comments and script never reach the model.
    for (const text of ["<!--", "<script", "javascript:"]) expect(serialized).not.toContain(text);
  });
});
