import { readdir, readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { FILTERED_PAGES, NOT_FOUND_PATH, PAGES } from "./routes";

/**
 * The author keeps drafts in HTML comments (an old resume link, past
 * internships). Nothing in them may reach a reader: not the pages, not the
 * RSC payloads the client router fetches, not any file the build produced.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PROFILE = path.resolve(ROOT, process.env.PROFILE_PATH ?? "content/profile.md");
const BUILD = path.join(ROOT, ".next");

const COMMENT = /<!--([\s\S]*?)-->/g;

function words(text: string): string[] {
  return text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Markdown as a reader sees it: link and image text without destinations. */
function markdownText(markdown: string): string {
  return markdown.replace(/!?\[((?:\\.|[^\]\\])*)\]\([^)]*\)+/g, "$1");
}

function destinations(markdown: string): string[] {
  const urls = [...markdown.matchAll(/\]\(+([^()\s]+)\)/g), ...markdown.matchAll(/<(https?:[^>\s]+)>/g)].map(
    (match) => match[1] ?? "",
  );
  // Compare without scheme and trailing slash, which a leak might not keep.
  return urls.map((url) => url.replace(/^https?:\/\//, "").replace(/\/+$/, "")).filter((url) => url.length > 3);
}

// A phrase made only of dates and small words ("Jun 2018 to Dec") says nothing
// private and turns up in ordinary code comments; a phrase must contain a real word.
const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;
const SMALL_WORDS = new Set("a an and as at by did for got had i in of on the to was we with".split(" "));
function isTelling(gram: string): boolean {
  return gram.split(" ").some((word) => !/^\d+$/.test(word) && !MONTHS.test(word) && !SMALL_WORDS.has(word));
}

function grams(list: string[], size: number): string[] {
  return list.slice(0, Math.max(0, list.length - size + 1)).map((_, index) => list.slice(index, index + size).join(" "));
}

function privateContent(markdown: string): { phrases: string[]; urls: string[] } {
  const comments = [...markdown.matchAll(COMMENT)].map((match) => match[1] ?? "");
  const outside = markdown.replace(COMMENT, " ");
  const publicText = ` ${words(markdownText(outside)).join(" ")} `;
  const publicUrls = new Set(destinations(outside));
  const phrases = new Set<string>();
  const urls = new Set<string>();
  for (const comment of comments) {
    for (const gram of grams(words(markdownText(comment)), 4)) {
      if (isTelling(gram) && !publicText.includes(` ${gram} `)) phrases.add(gram);
    }
    for (const url of destinations(comment)) if (!publicUrls.has(url)) urls.add(url);
  }
  return { phrases: [...phrases], urls: [...urls] };
}

/** Undo the escapes text picks up on its way into HTML, JSON and JavaScript. */
function decode(raw: string): string {
  return raw
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, " ")
    .replace(/\\(.)/g, "$1")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) =>
      ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " })[name] ?? " ",
    );
}

/** Every private phrase or URL found in a document, in any of the forms it could take there. */
function leaks(raw: string, secrets: { phrases: string[]; urls: string[] }): string[] {
  const decoded = decode(raw);
  // As is, without tags (HTML), and without link destinations (the Markdown source itself).
  const texts = [decoded, decoded.replace(/<\/?[a-zA-Z][^<>]*>/g, " "), markdownText(decoded)].map(
    (text) => ` ${words(text).join(" ")} `,
  );
  const found = secrets.phrases.filter((phrase) => texts.some((text) => text.includes(` ${phrase} `)));
  const lower = [raw, decoded].map((text) => text.toLowerCase());
  found.push(...secrets.urls.filter((url) => lower.some((text) => text.includes(url.toLowerCase()))));
  return found.map((secret) => JSON.stringify(secret));
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every page route the build knows about, plus the ones this suite always checks. */
function routes(): string[] {
  const known = new Set([...PAGES, ...FILTERED_PAGES].map((route) => route.path));
  for (const manifest of ["prerender-manifest.json", "app-path-routes-manifest.json"]) {
    try {
      const json = JSON.parse(readFileSync(path.join(BUILD, manifest), "utf8")) as Record<string, unknown>;
      const paths = manifest === "prerender-manifest.json" ? Object.keys((json.routes ?? {}) as object) : Object.values(json);
      for (const route of paths) {
        if (typeof route === "string" && route.startsWith("/") && !route.startsWith("/_") && !route.includes("[")) {
          known.add(route);
        }
      }
    } catch {
      // No build output (a dev server): the fixed list still runs.
    }
  }
  return [...known];
}

const profileText = readFileSync(PROFILE, "utf8");
const secrets = privateContent(profileText);

async function fetchAll(request: APIRequestContext): Promise<Array<{ source: string; body: string }>> {
  const documents: Array<{ source: string; body: string }> = [];
  for (const route of routes()) {
    const separator = route.includes("?") ? "&" : "?";
    const variants: Array<[string, Record<string, string>]> = [
      [route, {}],
      [route, { RSC: "1" }],
      [`${route}${separator}_rsc=x`, {}],
      [`${route}${separator}_rsc=x`, { RSC: "1" }],
    ];
    for (const [url, headers] of variants) {
      const response = await request.get(url, { headers });
      const body = await response.text();
      expect(body.length, `${url} ${JSON.stringify(headers)} returned nothing`).toBeGreaterThan(0);
      const expectRsc = headers.RSC === "1" && route !== NOT_FOUND_PATH && response.status() === 200 && !route.includes(".");
      if (expectRsc) expect(response.headers()["content-type"], `${url} with RSC: 1`).toContain("text/x-component");
      documents.push({ source: `GET ${url} ${JSON.stringify(headers)}`, body });
    }
  }
  return documents;
}

test.describe("drafts in HTML comments stay private", () => {
  test("the private phrases are derived from the comments", () => {
    expect(secrets.phrases.length).toBeGreaterThan(40);
    // Spot checks against the seed: drafts only in comments, and nothing also published.
    expect(secrets.phrases).toContain("remote internship at statnlp");
    expect(secrets.phrases).toContain("i was enrolled in");
    expect(secrets.phrases).not.toContain("i had a paper");
    expect(secrets.phrases).not.toContain("jun 2018 to dec");
    expect(secrets.urls).toContain("/about/resume-Jue.Wang.pdf");
    expect(secrets.urls).not.toContain("www.together.ai/blog/together-moa");
    // The matcher sees through markup and escapes.
    expect(leaks('<p>I had a <a href="x">remote</a>\\u0020internship at&nbsp;StatNLP</p>', secrets)).not.toEqual([]);
    expect(leaks("<p>I had a paper accepted to ACL 2024.</p>", secrets)).toEqual([]);
    // Every secret is found in the one place it must be: the content file itself.
    expect(leaks(profileText, secrets)).toHaveLength(secrets.phrases.length + secrets.urls.length);
  });

  test("no page or RSC payload contains them", async ({ request }) => {
    test.setTimeout(60_000);
    const documents = await fetchAll(request);
    expect(documents.length).toBeGreaterThanOrEqual((PAGES.length + FILTERED_PAGES.length) * 4);
    const found = documents.flatMap(({ source, body }) => [
      ...leaks(body, secrets).map((secret) => `${source}: ${secret}`),
      ...(body.includes("resume-Jue.Wang.pdf") ? [`${source}: resume-Jue.Wang.pdf`] : []),
    ]);
    expect(found).toEqual([]);
  });

  test("no build output contains them", async () => {
    test.setTimeout(60_000);
    const files = [
      ...(await filesUnder(path.join(BUILD, "server"))),
      ...(await filesUnder(path.join(BUILD, "static"))),
    ];
    expect(files.filter((file) => file.startsWith(path.join(BUILD, "server"))).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.startsWith(path.join(BUILD, "static"))).length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      const body = await readFile(file, "utf8");
      const relative = path.relative(ROOT, file);
      found.push(...leaks(body, secrets).map((secret) => `${relative}: ${secret}`));
      if (body.includes("resume-Jue.Wang.pdf")) found.push(`${relative}: resume-Jue.Wang.pdf`);
    }
    expect(found).toEqual([]);
  });
});
