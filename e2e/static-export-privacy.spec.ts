import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { BIBLIOGRAPHY_PATH, FEED_PATH } from "../lib/publishing/paths";
import { leaksInFiles, textFilesUnder } from "./build-output";
import { privateContent } from "./private-phrases";

/**
 * Drafts in HTML comments stay out of the static export too: every file in
 * out/ (pages, RSC payloads, the feed, BibTeX, sitemap, JSON) and everything
 * the export build left in .next. Run by `npm run test:export`.
 */
test.skip(process.env.STATIC_EXPORT !== "1", "runs in `npm run test:export`, against out/");

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = path.join(ROOT, "out");
const BUILD = path.join(ROOT, ".next");
const PROFILE = path.resolve(ROOT, process.env.PROFILE_PATH ?? "content/profile.md");
const secrets = privateContent(readFileSync(PROFILE, "utf8"));

test("there are drafts to look for", () => {
  expect(secrets.phrases.length).toBeGreaterThan(0);
});

test("no file in out/ contains the drafts", async () => {
  test.setTimeout(60_000);
  const files = await textFilesUnder(OUT);
  const relative = files.map((file) => `/${path.relative(OUT, file)}`);
  // The files readers and feed readers fetch are among those scanned.
  for (const expected of [FEED_PATH, BIBLIOGRAPHY_PATH, "/sitemap.xml", "/index.html", "/publications/index.html"]) {
    expect(relative, `out${expected}`).toContain(expected);
  }
  expect(relative.some((file) => file.endsWith(".txt") || file.endsWith(".json"))).toBe(true);
  expect(await leaksInFiles(files, secrets, ROOT)).toEqual([]);
});

test("no file the export build left in .next contains the drafts", async () => {
  test.setTimeout(60_000);
  // The build cache holds compiler state, not output; the main privacy suite skips it too.
  const files = await textFilesUnder(BUILD, [path.join(BUILD, "cache")]);
  expect(files.length).toBeGreaterThan(0);
  expect(await leaksInFiles(files, secrets, ROOT)).toEqual([]);
});
