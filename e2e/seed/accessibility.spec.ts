import { expect, test } from "@playwright/test";
import { axeViolations } from "../support/axe";
import { FILTERED_PAGES } from "./routes";

// Every page of the site is checked by the content suite; these are states of the filter only the seed has.
for (const route of FILTERED_PAGES) {
  test(`${route.name} (${route.path}) has no axe violations in light and dark mode`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(route.status);
    await page.waitForLoadState("networkidle");
    const failures = await axeViolations(page);
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
}
