import { expect, test } from "@playwright/test";
import { axeViolations } from "../support/axe";
import { FILTERED_PAGES, PAGES } from "./routes";

// The content suite checks the lists and a sample of papers; these are the seed's own cases: states of the filter,
// and the papers whose pages carry equal contributors or fifty authors.
const PAPERS = PAGES.filter((route) => route.path.startsWith("/publications/"));

for (const route of [...FILTERED_PAGES, ...PAPERS]) {
  test(`${route.name} (${route.path}) has no axe violations in light and dark mode`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(route.status);
    await page.waitForLoadState("networkidle");
    const failures = await axeViolations(page);
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
}
