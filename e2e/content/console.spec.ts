import { expect, test } from "@playwright/test";
import { loadProfile } from "../../lib/profile/load";
import { getPublications } from "../../lib/profile/select";
import { watchConsole } from "../support/console";
import { representativeRoutes } from "../support/routes";

const profile = loadProfile();

test("no page logs errors (the lists, 404 and a sample of papers)", async ({ page }) => {
  test.setTimeout(60_000);
  const problems = watchConsole(page);
  for (const route of representativeRoutes(profile)) {
    const response = await page.goto(route.path);
    expect(response?.status(), route.path).toBe(route.status);
    await page.waitForLoadState("networkidle");
    expect(problems, `after loading ${route.path}`).toEqual([]);
  }
});

test("searching the publications and moving between pages logs no errors", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("/publications");
  await page.waitForLoadState("networkidle");
  const search = page.getByRole("searchbox", { name: "Search", exact: true });
  const word = getPublications(profile)[0]?.title.split(/\s+/)[0] ?? "paper";
  await search.fill(word);
  await expect(page).toHaveURL(/[?&]q=/);
  await search.fill("");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Updates", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Updates");
  await nav.getByRole("link", { name: "Home", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(profile.name);
  await page.goBack({ waitUntil: "load" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Updates");
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});
