import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type Page } from "@playwright/test";
import { XMLValidator } from "fast-xml-parser";
import { loadProfile } from "../../lib/profile/load";
import { getPublications, getUpdates } from "../../lib/profile/select";
import {
  BIBLIOGRAPHY_PATH,
  FEED_PATH,
  pagePaths,
  publicationPath,
  SOCIAL_IMAGE_PATH,
} from "../../lib/publishing/paths";
import { absoluteUrl, siteFromEnv } from "../../lib/publishing/site";
import { metaValue, readHead } from "../support/head";
import { ROOT } from "../support/paths";
import { serveStatic, type StaticHost } from "../support/static-host";

/**
 * The static export: `STATIC_EXPORT=1 npm run build` writes out/ from
 * content/profile.md, and any static host can serve it. Run by
 * `npm run test:export` (with STATIC_EXPORT=1, as the build had). Counts and
 * titles come from the parser's view of the same file.
 */
const OUT = path.join(ROOT, "out");
const profile = loadProfile();
const site = siteFromEnv();
const pages = pagePaths(profile);
const publications = getPublications(profile);
const updates = getUpdates(profile);

/** Where a page lives in out/ with trailingSlash: each is a folder's index.html. */
function pageFile(pagePath: string): string {
  return path.join(OUT, pagePath, "index.html");
}

/** A URL the build wrote (with SITE_URL's host), as a path on the local static host. */
function localPath(url: string): string {
  return new URL(url).pathname;
}

let host: StaticHost;

test.beforeAll(async () => {
  host = await serveStatic(OUT);
});

test.afterAll(async () => {
  await host.close();
});

test("out/ holds every page, the feed, the BibTeX file, the sitemap, robots.txt and the preview image", () => {
  // Home, publications, updates and the CV, then a page per paper.
  expect(pages).toHaveLength(4 + publications.length);
  const missing = [
    ...pages.map(pageFile),
    ...[FEED_PATH, BIBLIOGRAPHY_PATH, "/sitemap.xml", "/robots.txt", "/404.html", SOCIAL_IMAGE_PATH].map((file) =>
      path.join(OUT, file),
    ),
  ].filter((file) => !existsSync(file));
  expect(missing).toEqual([]);
});

test("a plain static host serves every page with its canonical, slash-terminated URL", async ({ request }) => {
  for (const pagePath of pages) {
    const url = absoluteUrl(site, pagePath);
    expect(url).toMatch(/\/$/);
    const response = await request.get(`${host.url}${localPath(url)}`);
    expect(response.status(), url).toBe(200);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(await response.text())?.[1];
    expect(canonical, url).toBe(url);
  }
  // Without the slash, the host redirects to the folder, as nginx and GitHub Pages do.
  const unslashed = await request.get(`${host.url}/publications`);
  expect(unslashed.url()).toBe(`${host.url}/publications/`);
  expect(unslashed.status()).toBe(200);
  const missing = await request.get(`${host.url}/publications/not-a-paper/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Page not found");
});

test("every link and asset in the exported pages resolves on the static host", async ({ request }) => {
  test.setTimeout(60_000);
  const targets = new Set<string>();
  for (const pagePath of pages) {
    const html = await readFile(pageFile(pagePath), "utf8");
    for (const match of html.matchAll(/\s(?:href|src)="(\/[^"/][^"]*|\/)"/g)) {
      const target = new URL(match[1] ?? "/", host.url);
      targets.add(target.pathname);
    }
  }
  expect(targets.size).toBeGreaterThan(pages.length);
  const broken: string[] = [];
  for (const target of targets) {
    const response = await request.get(`${host.url}${target}`, { maxRedirects: 0 });
    if (response.status() !== 200) broken.push(`${response.status()} ${target}`);
  }
  expect(broken).toEqual([]);
});

test("the feed, the BibTeX file and the sitemap parse, with the profile's counts", async ({ request }) => {
  const feedXml = await (await request.get(`${host.url}${FEED_PATH}`)).text();
  expect(XMLValidator.validate(feedXml)).toBe(true);
  const feed = parseFeed(feedXml);
  expect(feed.items).toHaveLength(updates.length);
  for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${absoluteUrl(site, "/updates")}#update-`));

  const library = parseBibtex(await (await request.get(`${host.url}${BIBLIOGRAPHY_PATH}`)).text());
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(publications.length);

  const sitemap = await (await request.get(`${host.url}/sitemap.xml`)).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(urls).toEqual(pages.map((pagePath) => absoluteUrl(site, pagePath)));
  expect(await (await request.get(`${host.url}/robots.txt`)).text()).toContain(
    `Sitemap: ${absoluteUrl(site, "/sitemap.xml")}`,
  );

  const image = await request.get(`${host.url}${SOCIAL_IMAGE_PATH}`);
  expect(image.headers()["content-type"]).toBe("image/png");
});

/** Console errors, uncaught exceptions and failed requests, as a reader's browser would show them. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return problems;
}

test("in the browser the exported site works with no server behind it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const problems = watch(page);
  await page.goto(`${host.url}/`);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Publications", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publications");
  await expect(page.getByTestId("publication")).toHaveCount(publications.length);

  const paper = publications[0];
  if (paper) {
    const entry = page.getByTestId("publication").filter({ hasText: paper.title }).first();
    await entry.locator("summary").click();
    await entry.getByRole("button", { name: "Copy BibTeX" }).click();
    await expect(entry.getByRole("status")).toHaveText("Copied");

    await entry.getByRole("link", { name: /^Details/ }).click();
    await expect(page).toHaveURL(`${host.url}${publicationPath(paper.id)}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(paper.title);
    expect(metaValue(await readHead(page), "citation_title")).toBe(paper.title);
  }

  await nav.getByRole("link", { name: "Updates", exact: true }).click();
  await expect(page.getByTestId("update")).toHaveCount(updates.length);
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});
