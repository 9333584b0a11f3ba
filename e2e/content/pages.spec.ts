import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { Section } from "../../lib/profile/model";
import { getPublications, getUpdates } from "../../lib/profile/select";
import { loadProfile, profilePath } from "../../lib/profile/load";
import { expectMainNav, h2Texts } from "../support/dom";
import { ROOT } from "../support/paths";
import { siteRoutes } from "../support/routes";

/**
 * What holds for any valid profile, on the site built from content/profile.md:
 * every page renders, and every section and entry the author wrote is shown.
 * Expected values come from the parser's view of the same file.
 */
const profile = loadProfile();
const publications = getPublications(profile);
const updates = getUpdates(profile);

/** Text as a reader compares it: canonical Unicode, one space between words. */
function normalize(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The text a reader sees of a piece of the parser's sanitized HTML. */
async function textOf(page: Page, html: string): Promise<string> {
  return normalize(
    await page.evaluate((markup) => {
      const element = document.createElement("div");
      element.innerHTML = markup;
      return element.textContent ?? "";
    }, html),
  );
}

async function visibleText(locator: Locator): Promise<string> {
  return normalize(await locator.innerText());
}

/** A few words of what a section says, enough to tell that it is on the page. */
async function sampleOf(page: Page, section: Section): Promise<string[]> {
  switch (section.kind) {
    case "intro":
      return [normalize(section.text).split(" ").slice(0, 8).join(" ")];
    case "other":
      return [(await textOf(page, section.html)).split(" ").slice(0, 8).join(" ")];
    case "research":
      return section.areas.map((area) => normalize(area.title));
    case "experience":
    case "education":
      return section.items.flatMap((item) =>
        item.kind === "position" ? [normalize(item.organization), ...(item.title ? [normalize(item.title)] : [])] : [],
      );
    case "contact":
      return [...section.addressLines.map(normalize), ...(section.email ? [section.email] : [])];
    // Both are listed in full on pages of their own, checked below.
    case "updates":
    case "publications":
      return [];
    default: {
      const unhandled: never = section;
      throw new Error(`Unhandled section kind: ${JSON.stringify(unhandled)}`);
    }
  }
}

for (const route of siteRoutes(profile)) {
  test(`${route.path} renders with its heading and the main navigation`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(route.status);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    await expectMainNav(page);
  });
}

test("the home page shows the name and every section, in the author's order", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(profile.name);
  const main = page.getByRole("main");
  const headings = (await h2Texts(page)).map(normalize);
  const written = profile.sections.flatMap((section) => (section.heading ? [normalize(section.heading)] : []));
  const positions = written.map((heading) => headings.indexOf(heading));
  expect(positions, `h2 headings: ${JSON.stringify(headings)}`).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));

  const text = await visibleText(main);
  for (const section of profile.sections) {
    for (const sample of await sampleOf(page, section)) {
      expect(text, `${section.kind} section at line ${section.line}`).toContain(sample);
    }
  }
  if (updates.length > 0) await expect(main.getByTestId("update").first()).toBeVisible();
  if (publications.length > 0) await expect(main.getByTestId("publication").first()).toBeVisible();
});

test("/updates shows every update", async ({ page }) => {
  await page.goto("/updates");
  await expect(page.getByTestId("update")).toHaveCount(updates.length);
  const text = await visibleText(page.getByRole("main"));
  for (const update of updates) expect(text, `update at line ${update.line}`).toContain(await textOf(page, update.html));
});

test("/publications shows every publication", async ({ page }) => {
  await page.goto("/publications");
  await expect(page.getByTestId("publication")).toHaveCount(publications.length);
  const text = await visibleText(page.getByRole("main"));
  for (const publication of publications) {
    expect(text, `publication at line ${publication.line}`).toContain(normalize(publication.title));
  }
});

test("the paper route's server bundle carries the content file, for papers rendered on their first visit", () => {
  const route = path.join(ROOT, ".next/server/app/publications/[id]");
  const trace = JSON.parse(readFileSync(path.join(route, "page.js.nft.json"), "utf8")) as { files: string[] };
  const traced = trace.files.map((file) => path.resolve(route, file));
  expect(traced).toContain(profilePath().absolute);
});
