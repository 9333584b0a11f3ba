import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode, leaks, privateContent } from "./private-phrases";

// The seed's drafts, counted by hand: what the browser suites look for in everything the build emits.
const seed = readFileSync("test/profiles/seed.md", "utf8");
const secrets = privateContent(seed);

describe("the private phrases of the seed", () => {
  it("are derived from its comments: drafts only in comments, and nothing also published", () => {
    expect(secrets.phrases.length).toBeGreaterThan(40);
    expect(secrets.phrases).toContain("remote internship at statnlp");
    expect(secrets.phrases).toContain("i was enrolled in");
    expect(secrets.phrases).not.toContain("i had a paper");
    expect(secrets.phrases).not.toContain("jun 2018 to dec");
    expect(secrets.urls).toContain("/about/resume-Jue.Wang.pdf");
    expect(secrets.urls).toContain("resume-Jue.Wang.pdf");
    expect(secrets.urls).not.toContain("www.together.ai/blog/together-moa");
  });

  it("are found through markup and escapes, and only where they are", () => {
    expect(leaks('<p>I had a <a href="x">remote</a>\\u0020internship at&nbsp;StatNLP</p>', secrets)).not.toEqual([]);
    expect(leaks("<p>I had a paper accepted to ACL 2024.</p>", secrets)).toEqual([]);
    expect(leaks(seed, secrets)).toHaveLength(secrets.phrases.length + secrets.urls.length);
  });

  it("read through what only looks like a character reference, as build files hold", () => {
    expect(decode("a &#xFFA399; b &#99999999; c &#x41;")).toBe("a &#xFFA399; b &#99999999; c A");
    expect(leaks("&#xFFA399; remote internship at StatNLP", secrets)).not.toEqual([]);
  });
});
