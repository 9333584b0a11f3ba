import { describe, expect, it } from "vitest";
import { parseProfile } from "./parse";

const withLimit = (line: string) => parseProfile(["---", "name: Ada Example", line, "---", "", "Ada.", ""].join("\n"));

describe("author_limit", () => {
  it("is 10 unless the front matter says otherwise", () => {
    expect(withLimit("date: 2024-01-01").authorLimit).toBe(10);
    expect(withLimit("author_limit: 6").authorLimit).toBe(6);
  });

  it("warns at its line about a value that is no whole number of authors", () => {
    const profile = withLimit("author_limit: many");
    expect(profile.authorLimit).toBe(10);
    expect(profile.diagnostics).toEqual([
      { severity: "warning", line: 3, message: expect.stringContaining('"author_limit" is not a whole number') },
    ]);
  });
});
