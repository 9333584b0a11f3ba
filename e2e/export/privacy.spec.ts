import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { profilePath } from "../../lib/profile/load";
import { BIBLIOGRAPHY_PATH, FEED_PATH } from "../../lib/publishing/paths";
import { leaksInFiles, textFilesUnder } from "../support/build-output";
import { ROOT } from "../support/paths";
import { leaks, privateContent } from "../support/private-phrases";

/**
 * Drafts in HTML comments stay out of the static export too: every file in
 * out/ (pages, RSC payloads, the feed, BibTeX, sitemap, JSON) and everything
 * the export build left in .next. Run by `npm run test:export`.
 */
const OUT = path.join(ROOT, "out");
const BUILD = path.join(ROOT, ".next");
const profileText = readFileSync(profilePath().absolute, "utf8");
const secrets = privateContent(profileText);

test("every draft phrase is found where it must be: in the content file itself", () => {
  expect(leaks(profileText, secrets)).toHaveLength(secrets.phrases.length + secrets.urls.length);
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
  // .next/dev is `npm run dev`'s own output, which reads the content file whole to reload on change; nothing deploys it.
  const files = await textFilesUnder(BUILD, [path.join(BUILD, "cache"), path.join(BUILD, "dev")]);
  expect(files.length).toBeGreaterThan(0);
  expect(await leaksInFiles(files, secrets, ROOT)).toEqual([]);
});
