import { expect, test } from "@playwright/test";
import { loadProfile } from "../../lib/profile/load";
import { pagePaths } from "../../lib/publishing/paths";
import { securityHeaders } from "../../lib/security/security-headers";
import { NOT_FOUND_PATH } from "../support/routes";

const EXPECTED = securityHeaders({ dev: false });

const DOCUMENTS = [
  { path: "/", status: 200 },
  { path: "/publications", status: 200 },
  { path: "/updates", status: 200 },
  { path: "/feed.xml", status: 200 },
  { path: NOT_FOUND_PATH, status: 404 },
];

for (const entry of DOCUMENTS) {
  test(`${entry.path} carries the security headers`, async ({ request }) => {
    const response = await request.get(entry.path);
    expect(response.status()).toBe(entry.status);
    const headers = response.headers();
    for (const { key, value } of EXPECTED) expect(headers[key.toLowerCase()], key).toBe(value);
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

for (const entry of DOCUMENTS.filter((candidate) => candidate.path !== "/feed.xml")) {
  test(`${entry.path} breaks no rule of its Content-Security-Policy`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
          `${event.violatedDirective} blocked ${event.blockedURI}`,
        );
      });
    });
    const response = await page.goto(entry.path);
    expect(response?.status()).toBe(entry.status);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}

test("every link that opens a new tab cuts the opener and referrer", async ({ page }) => {
  for (const path of pagePaths(loadProfile()).slice(0, 4)) {
    await page.goto(path);
    const rels = await page
      .locator('a[target="_blank"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("rel") ?? ""));
    for (const rel of rels) expect(rel.split(/\s+/), path).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
  }
});
