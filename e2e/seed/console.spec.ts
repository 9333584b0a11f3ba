import { expect, test } from "@playwright/test";
import { watchConsole } from "../support/console";
import { filterControls, expectResultCount } from "./filter";

// Loading every page is checked by the content suite; these walks use what only the seed has.
test("using the publication filter logs no errors", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/publications");
  await page.waitForLoadState("networkidle");
  const controls = filterControls(page);
  await controls.search.fill("inference");
  await controls.year.selectOption("2025");
  await controls.venue.selectOption("ICML");
  await controls.topic.selectOption("effecient-inference-for-language-models");
  await expectResultCount(page, 2);
  await controls.year.selectOption("none");
  await expectResultCount(page, 0);
  await controls.clear.click();
  await expectResultCount(page, 19);
  await page.goto("/publications?venue=ICML&year=2023");
  await expectResultCount(page, 2);
  await page.reload();
  await expectResultCount(page, 2);
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

test("moving around the site logs no errors", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Updates", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Updates");
  await nav.getByRole("link", { name: "Home", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("main").locator('a[href^="/publications#"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publications");
  // Each step waits for its page: going forward while the back navigation is still swapping documents detaches the page.
  await page.goBack({ waitUntil: "load" });
  await expect(page).toHaveURL(/\/$/);
  await page.goForward({ waitUntil: "load" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publications");
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});
