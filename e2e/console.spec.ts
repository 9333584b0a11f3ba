import { expect, test, type Page } from "@playwright/test";
import { filterControls, expectResultCount } from "./filter";
import { NOT_FOUND_PATH, PAGES } from "./routes";

/**
 * Collects what a reader would see in the browser's console: errors logged by
 * the page (hydration mismatches among them), uncaught exceptions, and failed
 * requests. The only expected failure is the 404 page's own document.
 */
function watch(page: Page): string[] {
  const problems: string[] = [];
  const isNotFoundDocument = (url: string) => new URL(url).pathname === NOT_FOUND_PATH;
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const url = message.location().url;
    if (/status of 404/.test(message.text()) && url && isNotFoundDocument(url)) return;
    problems.push(`console error: ${message.text()} (${url})`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !(response.status() === 404 && isNotFoundDocument(response.url()))) {
      problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    // Navigating away cancels prefetches in flight; that is not an error.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`);
  });
  return problems;
}

test("no page logs errors", async ({ page }) => {
  const problems = watch(page);
  for (const route of PAGES) {
    const response = await page.goto(route.path);
    expect(response?.status(), route.path).toBe(route.status);
    await page.waitForLoadState("networkidle");
    expect(problems, `after loading ${route.path}`).toEqual([]);
  }
});

test("using the publication filter logs no errors", async ({ page }) => {
  const problems = watch(page);
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
  const problems = watch(page);
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
