import { expect, test } from "@playwright/test";
import { loadProfile } from "../../lib/profile/load";
import { axeViolations } from "../support/axe";
import { representativeRoutes } from "../support/routes";

// A search that matches nothing shows the filter's empty state, which no unfiltered page has.
const NO_MATCH = { name: "publications with no match", path: "/publications?q=qqqqxqqqq", status: 200 };

for (const route of [...representativeRoutes(loadProfile()), NO_MATCH]) {
  test(`${route.path} has no axe violations in light and dark mode`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(route.status);
    await page.waitForLoadState("networkidle");
    const failures = await axeViolations(page);
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
}

test("the dark colour scheme changes the colours", async ({ page }) => {
  const colours = async () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { background: style.backgroundColor, text: style.color };
    });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const light = await colours();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await colours();
  expect(dark.background).not.toBe(light.background);
  expect(dark.text).not.toBe(light.text);
});
