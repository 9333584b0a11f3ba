import { expect, test } from "@playwright/test";
import { loadProfile } from "../../lib/profile/load";
import { pagePaths } from "../../lib/publishing/paths";
import { inlineScriptHashes } from "../../lib/security/inline-scripts";
import { commonSecurityHeaders } from "../../lib/security/security-headers";
import { expectHydrated, expectInjectedScriptBlocked, watchCsp } from "../support/csp";
import { observatoryFindings } from "../support/observatory";
import { NOT_FOUND_PATH, representativeRoutes } from "../support/routes";

const profile = loadProfile();
const COMMON = commonSecurityHeaders();
const PAGES = [...pagePaths(profile), NOT_FOUND_PATH];

function scriptSources(policy: string): string[] {
  const directive = policy.split(/;\s*/).find((part) => part.startsWith("script-src ")) ?? "";
  return directive.split(/\s+/).slice(1);
}

for (const path of ["/", "/publications", "/updates", "/feed.xml", NOT_FOUND_PATH]) {
  test(`${path} carries the security headers`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    for (const { key, value } of COMMON) expect(headers[key.toLowerCase()], key).toBe(value);
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("every page's policy allows exactly its own inline scripts, and nothing inline besides", async ({ request }) => {
  test.slow();
  for (const path of PAGES) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy, path).not.toBe("");
    const sources = scriptSources(policy);
    expect(sources, path).not.toContain("'unsafe-inline'");
    expect(sources, path).not.toContain("'unsafe-eval'");
    expect(policy, path).toMatch(/(^|; )style-src 'self'(;|$)/);
    const hashes = inlineScriptHashes(await response.text());
    expect(hashes.length, path).toBeGreaterThan(0);
    expect(sources.filter((source) => source.startsWith("'sha256-")).toSorted(), path).toEqual(hashes.toSorted());
  }
});

test("Mozilla's HTTP Observatory passes every page's CSP, framing, sniffing and referrer headers", async ({
  request,
  baseURL,
}) => {
  test.slow();
  for (const path of PAGES) {
    const response = await request.get(path);
    const findings = observatoryFindings(`${baseURL}${path}`, response.headers(), await response.text());
    expect(
      findings.filter((finding) => !finding.pass),
      path,
    ).toEqual([]);
    expect(findings.find((finding) => finding.test === "content-security-policy")?.result, path).toBe(
      "csp-implemented-with-no-unsafe",
    );
  }
});

test("no page breaks a rule of its policy, and each hydrates (the lists, 404 and a sample of papers)", async ({
  page,
}) => {
  test.slow();
  const violations = await watchCsp(page);
  for (const route of representativeRoutes(profile)) {
    await page.goto(route.path);
    await expectHydrated(page);
    await page.waitForLoadState("networkidle");
    expect(violations, route.path).toEqual([]);
  }
});

test("an inline script slipped into a page is blocked", async ({ page }) => {
  await expectInjectedScriptBlocked(page, "/publications");
});

test("every link that opens a new tab cuts the opener and referrer", async ({ page }) => {
  for (const path of pagePaths(profile).slice(0, 4)) {
    await page.goto(path);
    const rels = await page
      .locator('a[target="_blank"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("rel") ?? ""));
    for (const rel of rels) expect(rel.split(/\s+/), path).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
  }
});
