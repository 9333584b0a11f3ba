import { expect, test } from "@playwright/test";
import { LONG_LIST_PUBLICATIONS } from "./profile";

/**
 * /publications with 1,000 publications (`npm run test:long-list`), where the
 * years and entries off screen are skipped and stand in estimated heights.
 */

test("every publication is listed", async ({ page }) => {
  await page.goto("/publications");
  await expect(page.getByTestId("publication")).toHaveCount(LONG_LIST_PUBLICATIONS);
});

test("a query typed before the page has hydrated filters the list", async ({ page }) => {
  // Without waiting for the load: the search field arrives long before the rest of 1,000 entries and their script.
  await page.goto("/publications", { waitUntil: "commit" });
  await page.locator("#publication-search").fill("sparse");
  // Hydrating 1,000 entries beside another test on two cores can outlast Playwright's default wait.
  await expect(page.getByRole("status").filter({ hasText: /publications$/ })).toHaveText(
    /^\d+ of 1,?000 publications$/,
    { timeout: 30_000 },
  );
  await expect(page).toHaveURL(/\?q=sparse$/);
  const shown = await page
    .getByTestId("publication")
    .evaluateAll((items) => items.filter((item) => !item.hasAttribute("data-filtered-out")).length);
  expect(shown).toBeLessThan(LONG_LIST_PUBLICATIONS);
});

for (const [viewport, size] of [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 800 }],
] as const) {
  test(`a link to a paper deep in the list lands on it (${viewport})`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto("/publications");
    const ids = await page.getByTestId("publication").evaluateAll((items) => items.map((item) => item.id));
    for (const index of [300, 600, 950]) {
      const id = ids[index] ?? "";
      // A fresh load each time: the browser's own scroll to a fragment is what is tested.
      await page.goto("about:blank");
      await page.goto(`/publications#${id}`);
      // Checked at once and again after a pause: the heights around the paper keep changing after the browser's scroll.
      await expect(page.locator(`[id="${id}"]`), `paper ${index}`).toBeInViewport();
      await page.waitForTimeout(500);
      await expect(page.locator(`[id="${id}"]`), `paper ${index}, once the page has settled`).toBeInViewport();
    }
  });
}
