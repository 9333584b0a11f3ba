import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectResultCount, filterControls, visiblePublications } from "./filter";
import {
  EQUAL_CONTRIBUTION_PAPERS,
  FIRST_AUTHOR_TITLES,
  PUBLICATION_TOTAL,
  PUBLICATIONS_BY_YEAR,
  TOP_CO_AUTHOR,
  VENUE_TOTAL,
} from "./facts";

/** The record above the list on /publications: the papers-per-year figure and the counts beside it. */
function record(page: Page) {
  return page.getByRole("region", { name: "Publication record" });
}

async function figureValue(page: Page, label: string): Promise<string> {
  return (
    (await record(page).locator("dt", { hasText: label }).locator("xpath=following-sibling::dd").textContent()) ?? ""
  );
}

test.describe("the publication record", () => {
  test("counts what the seed holds, in the figure, its description and its table", async ({ page }) => {
    await page.goto("/publications");
    const figure = record(page).getByRole("img", { name: "Papers per year" });
    await expect(figure).toBeVisible();
    const description = (await figure.getAttribute("aria-describedby")) ?? "";
    const describedAs = (await page.locator(`[id="${description}"]`).textContent()) ?? "";
    for (const [year, count] of PUBLICATIONS_BY_YEAR)
      expect(describedAs).toContain(`${year}: ${count} ${count === 1 ? "paper" : "papers"} (${count} conference)`);
    expect(describedAs).toContain("Not shown: 1 paper without a year.");

    const rows = await record(page)
      .locator("table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")?.textContent, tr.lastElementChild?.textContent]));
    expect(rows.toReversed()).toEqual(PUBLICATIONS_BY_YEAR.map(([year, count]) => [year, String(count)]));
    await expect(record(page).getByRole("link", { name: "and 1 paper without a year" })).toHaveAttribute(
      "href",
      "/publications?year=none#publications-none",
    );

    expect(await figureValue(page, "Papers")).toBe(String(PUBLICATION_TOTAL));
    expect(await figureValue(page, "First author")).toBe(String(FIRST_AUTHOR_TITLES.length));
    expect(await figureValue(page, "Equal contribution")).toBe(String(EQUAL_CONTRIBUTION_PAPERS));
    expect(await figureValue(page, "Venues")).toBe(String(VENUE_TOTAL));
    const coAuthors = page.locator("details", { has: page.getByText(/^Co-authors \(\d+\)$/) });
    expect(await figureValue(page, "Co-authors")).toBe(String(await coAuthors.locator("li").count()));
  });

  test("a year's bar filters the list to that year and lands on it", async ({ page }) => {
    await page.goto("/publications");
    await record(page).getByRole("link", { name: "2023: 4 papers" }).click();
    await expect(page).toHaveURL(/\/publications\?year=2023#publications-2023$/);
    await expect(filterControls(page).year).toHaveValue("2023");
    await expectResultCount(page, 4);
  });

  test("draws the bars without scripts, and a bar's link lands on its year in the whole list", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/publications");
    await expect(record(page).getByRole("img", { name: "Papers per year" }).locator("rect")).toHaveCount(
      PUBLICATIONS_BY_YEAR.length,
    );
    await record(page).getByRole("link", { name: "2021: 1 paper" }).click();
    await expect(page).toHaveURL(/#publications-2021$/);
    await expect(page.locator("#publications-2021")).toBeInViewport();
    await expect(visiblePublications(page)).toHaveCount(PUBLICATION_TOTAL);
    await context.close();
  });
});

test.describe("the Role filter", () => {
  test("?role=first lists exactly the papers the owner leads or co-leads", async ({ page }) => {
    await page.goto("/publications?role=first");
    await expect(filterControls(page).role).toHaveValue("first");
    await expectResultCount(page, FIRST_AUTHOR_TITLES.length);
    await expect(visiblePublications(page).getByRole("heading", { level: 3 })).toHaveText(FIRST_AUTHOR_TITLES);
  });

  test("counts its option and writes its choice to the URL like the other facets", async ({ page }) => {
    await page.goto("/publications?year=2023");
    await expect(filterControls(page).role.locator('option[value="first"]')).toHaveText("First author (2)");
    await filterControls(page).role.selectOption("first");
    await expectResultCount(page, 2);
    await expect(page).toHaveURL(/\/publications\?year=2023&role=first$/);
  });
});

test.describe("the co-author index", () => {
  test("is closed until opened, lists each person once, most papers first, and a name searches the list", async ({
    page,
  }) => {
    await page.goto("/publications");
    const index = page.locator("details", { has: page.getByText(/^Co-authors \(\d+\)$/) });
    const top = index.getByRole("link", { name: TOP_CO_AUTHOR.name, exact: true });
    await expect(top).toBeHidden();
    await index.getByText(/^Co-authors/).click();
    await expect(index.getByRole("listitem").first()).toHaveText(
      `${TOP_CO_AUTHOR.name} ${TOP_CO_AUTHOR.papers} papers`,
    );
    // Written "zheng li" in one paper, once in the index; "Christopher Re" and "Christopher Ré" are one person.
    await expect(index.getByRole("link", { name: /^zheng li$/i })).toHaveCount(1);
    await expect(index.getByRole("link", { name: /^Christopher R[eé]$/ })).toHaveCount(1);
    await top.click();
    await expect(page).toHaveURL(/\/publications\?q=Ce\+Zhang$/);
    await expect(filterControls(page).search).toHaveValue(TOP_CO_AUTHOR.name);
    await expectResultCount(page, TOP_CO_AUTHOR.papers);
  });
});

test("the open co-author index has no axe violations in light and dark mode", async ({ page }) => {
  await page.goto("/publications");
  await page.getByText(/^Co-authors \(\d+\)$/).click();
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include("details").analyze();
    expect(results.passes.length).toBeGreaterThan(5);
    expect(results.violations.map(({ id, nodes }) => `${colorScheme}: ${id} (${nodes.length})`)).toEqual([]);
  }
});
