import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadProfile, profilePath } from "../../lib/profile/load";
import { leaksInFiles, textFilesUnder } from "../support/build-output";
import { ROOT } from "../support/paths";
import { leaks, privateContent } from "../support/private-phrases";
import { NOT_FOUND_PATH, siteRoutes } from "../support/routes";

/**
 * Authors keep drafts in HTML comments (an old resume link, past
 * internships). Nothing in them may reach a reader: not the pages, not the
 * RSC payloads the client router fetches, not any file the build produced.
 */

const BUILD = path.join(ROOT, ".next");
const profile = loadProfile();
// A filtered list is its own URL, which the client router fetches a payload for.
const FILTERED = "/publications?q=draft";

/** Every page route the build knows about, plus the ones the profile gives the site. */
function routes(): string[] {
  const known = new Set([...siteRoutes(profile).map((route) => route.path), FILTERED]);
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

const profileText = readFileSync(profilePath().absolute, "utf8");
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
  test("every draft phrase is found where it must be: in the content file itself", () => {
    expect(leaks(profileText, secrets)).toHaveLength(secrets.phrases.length + secrets.urls.length);
  });

  test("no page or RSC payload contains them", async ({ request }) => {
    test.setTimeout(60_000);
    const documents = await fetchAll(request);
    expect(documents.length).toBeGreaterThanOrEqual((siteRoutes(profile).length + 1) * 4);
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
