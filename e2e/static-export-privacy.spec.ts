import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { BIBLIOGRAPHY_PATH, FEED_PATH } from "../lib/publishing/paths";
import { leaks, privateContent } from "./private-phrases";

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
// Images and fonts hold no text a reader could find.
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf)$/i;

async function textFilesUnder(directory: string): Promise<string[]> {
  if (!existsSync(directory)) return [];
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !BINARY.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    // The build cache holds compiler state, not output; the main privacy suite skips it too.
    .filter((file) => !file.startsWith(path.join(BUILD, "cache")));
}

async function leaksIn(files: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const body = await readFile(file, "utf8");
    const relative = path.relative(ROOT, file);
    found.push(...leaks(body, secrets).map((secret) => `${relative}: ${secret}`));
    if (body.includes("resume-Jue.Wang.pdf")) found.push(`${relative}: resume-Jue.Wang.pdf`);
  }
  return found;
}

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
  expect(await leaksIn(files)).toEqual([]);
});

test("no file the export build left in .next contains the drafts", async () => {
  test.setTimeout(60_000);
  const files = await textFilesUnder(BUILD);
  expect(files.length).toBeGreaterThan(0);
  expect(await leaksIn(files)).toEqual([]);
});
