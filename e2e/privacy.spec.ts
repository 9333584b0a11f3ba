import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { leaksInFiles, textFilesUnder } from "./build-output";
import { leaks, privateContent } from "./private-phrases";
import { FILTERED_PAGES, NOT_FOUND_PATH, PAGES } from "./routes";

/**
 * The author keeps drafts in HTML comments (an old resume link, past
 * internships). Nothing in them may reach a reader: not the pages, not the
 * RSC payloads the client router fetches, not any file the build produced.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PROFILE = path.resolve(ROOT, process.env.PROFILE_PATH ?? "content/profile.md");
const BUILD = path.join(ROOT, ".next");

/** Every page route the build knows about, plus the ones this suite always checks. */
function routes(): string[] {
  const known = new Set([...PAGES, ...FILTERED_PAGES].map((route) => route.path));
  for (const manifest of ["prerender-manifest.json", "app-path-routes-manifest.json"]) {
    try {
      const json = JSON.parse(readFileSync(path.join(BUILD, manifest), "utf8")) as Record<string, unknown>;
      const paths =
        manifest === "prerender-manifest.json" ? Object.keys((json.routes ?? {}) as object) : Object.values(json);
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
      const expectRsc =
        headers.RSC === "1" && route !== NOT_FOUND_PATH && response.status() === 200 && !route.includes(".");
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
    expect(secrets.urls).toContain("resume-Jue.Wang.pdf");
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
    const found = documents.flatMap(({ source, body }) => leaks(body, secrets).map((secret) => `${source}: ${secret}`));
    expect(found).toEqual([]);
  });

  test("no build output contains them", async () => {
    test.setTimeout(60_000);
    const server = await textFilesUnder(path.join(BUILD, "server"));
    const assets = await textFilesUnder(path.join(BUILD, "static"));
    expect(server.length).toBeGreaterThan(0);
    expect(assets.length).toBeGreaterThan(0);
    expect(await leaksInFiles([...server, ...assets], secrets, ROOT)).toEqual([]);
  });
});
