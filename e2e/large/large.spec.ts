import { readFileSync, statSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { inlineScriptHashes } from "../../lib/security/inline-scripts";
import { expectHydrated, watchCsp } from "../support/csp";
import { LARGE_PROFILE, LARGE_PROFILE_BYTES } from "./profile";

/**
 * The site built from a generated 5 MB profile (`npm run test:large`): it
 * builds, and every page, every paper and every update is there.
 */

const source = readFileSync(LARGE_PROFILE, "utf8");
const count = (pattern: RegExp) => source.match(pattern)?.length ?? 0;
const PAPERS = count(/^- \[\*\*/gm);
const UPDATES = count(/^- [A-Z][a-z]{2} \d{4}: /gm);

async function paperPaths(baseURL: string | undefined, request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map(([, url = ""]) => new URL(url, baseURL).pathname)
    .filter((pathname) => pathname.startsWith("/publications/"));
}

test("the profile is 5 MB with thousands of papers", () => {
  expect(statSync(LARGE_PROFILE).size).toBeGreaterThanOrEqual(LARGE_PROFILE_BYTES);
  expect(PAPERS).toBeGreaterThan(10_000);
  expect(UPDATES).toBeGreaterThan(1_000);
});

test("the publications page lists every paper", async ({ request }) => {
  const response = await request.get("/publications");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html.match(/data-testid="publication"/g)?.length).toBe(PAPERS);
  // Its payload scripts are joined, so the policy stays short enough for any server or proxy.
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy.length).toBeLessThan(1_000);
  expect((policy.match(/'sha256-[^']+'/g) ?? []).toSorted()).toEqual(inlineScriptHashes(html).toSorted());
});

test("the home page and the updates timeline render, with every update", async ({ page }) => {
  expect((await page.goto("/"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada Example");
  expect((await page.goto("/updates"))?.status()).toBe(200);
  await expect(page.getByTestId("update")).toHaveCount(UPDATES);
});

test("every paper has a page: the first written at build, the last on its first visit", async ({
  page,
  request,
  baseURL,
}) => {
  const papers = await paperPaths(baseURL, request);
  expect(papers).toHaveLength(PAPERS);
  for (const path of [papers[0], papers.at(-1)]) {
    expect((await page.goto(path ?? ""))?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/\(Study \d+\)/);
  }
  expect((await request.get("/publications/not-a-paper")).status()).toBe(404);
});

test("a paper's page rendered on its first visit gets a policy allowing exactly its inline scripts", async ({
  page,
  request,
  baseURL,
}) => {
  const papers = await paperPaths(baseURL, request);
  // Far past the prerendered ones, and visited by no other test.
  const path = papers.at(-2) ?? "";
  const violations = await watchCsp(page);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const policy = (await response?.allHeaders())?.["content-security-policy"] ?? "";
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  const hashes = inlineScriptHashes((await response?.text()) ?? "");
  expect(hashes.length).toBeGreaterThan(0);
  expect((policy.match(/'sha256-[^']+'/g) ?? []).toSorted()).toEqual(hashes.toSorted());
  await expectHydrated(page);
  expect(violations).toEqual([]);
  // Served again from the server's cache, with the policy it was given the first time.
  const again = await request.get(path);
  expect(again.headers()["content-security-policy"]).toBe(policy);
  expect(inlineScriptHashes(await again.text()).toSorted()).toEqual(hashes.toSorted());
});
