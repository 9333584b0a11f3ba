import { expect, test, type Page } from "@playwright/test";
import { entriesUnderHeading, expectMainNav, groupsByHeading, h2Texts, precedes } from "../support/dom";
import { NOT_FOUND_PATH } from "../support/routes";
import { PAGES } from "./routes";
import {
  COCKTAIL_SGD,
  CONTACT_ADDRESS,
  EDUCATION,
  EXPERIENCE,
  LATEST_UPDATE_DATES,
  OWNER,
  PUBLICATION_TOTAL,
  PUBLICATIONS_BY_YEAR,
  RECENT_PUBLICATION_TITLES,
  RESEARCH_AREAS,
  RESEARCH_LINKED_ITEMS,
  UNDATED_PUBLICATION,
  UPDATE_TOTAL,
  UPDATES_BY_YEAR,
} from "./facts";

async function open(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(status);
}

/**
 * Read-only checks of one page share a single load of it: the tests of a block
 * run in order in one worker, and a failing test does not skip the others (the
 * worker restarts and loads the page again).
 */
function sharedPage(path: string): () => Page {
  let shared: Page | undefined;
  test.describe.configure({ mode: "default" });
  test.beforeAll(async ({ browser }) => {
    shared = await browser.newPage();
    await open(shared, path);
  });
  test.afterAll(async () => {
    await shared?.close();
  });
  return () => {
    if (!shared) throw new Error(`${path} was not loaded`);
    return shared;
  };
}

test.describe("home page", () => {
  const current = sharedPage("/");

  test("the header shows the name, the current role and the email", async () => {
    const page = current();
    const name = page.getByRole("heading", { level: 1 });
    await expect(name).toHaveText(OWNER.name);
    // The name's own block, not the site header above it.
    const header = name.locator("xpath=..");
    await expect(header).toContainText(OWNER.role);
    await expect(header.locator(`a[href="mailto:${OWNER.email}"]`)).toBeVisible();
  });

  test("the bio is shown with its links", async () => {
    const page = current();
    const main = page.getByRole("main");
    await expect(main).toContainText("senior staff researcher at Together AI");
    await expect(main.getByRole("link", { name: "Prof. Ce Zhang" })).toHaveAttribute(
      "href",
      "https://zhangce.github.io/",
    );
  });

  test("the sections come in the author's order", async () => {
    const page = current();
    const order = [/^Updates$/, /^Work Experience$/, /^Education$/, /Publications/, /^Contact$/];
    const headings = await h2Texts(page);
    const positions = order.map((pattern) => headings.findIndex((text) => pattern.test(text)));
    expect(positions, `h2 headings: ${JSON.stringify(headings)}`).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    // The name and the research areas come before the first of those sections.
    const main = page.getByRole("main");
    const firstSection = main.getByRole("heading", { level: 2, name: "Updates", exact: true });
    await expect(firstSection).toHaveCount(1);
    expect(await precedes(page.getByRole("heading", { level: 1 }), firstSection)).toBe(true);
    const firstArea = main.getByRole("heading", { name: RESEARCH_AREAS[0].title, exact: true });
    expect(await precedes(firstArea, firstSection)).toBe(true);
  });

  test("the three research areas link their papers to the publications page", async ({ request }) => {
    const page = current();
    const main = page.getByRole("main");
    for (const area of RESEARCH_AREAS) {
      await expect(main.getByRole("heading", { name: area.title, exact: true })).toBeVisible();
    }
    const updates = main.getByRole("heading", { level: 2, name: "Updates", exact: true });
    const links = main.locator('a[href^="/publications#"]');
    const hrefs: string[] = [];
    for (const link of await links.all()) {
      // Only the research area items, which come before the first section.
      if (await precedes(link, updates)) hrefs.push((await link.getAttribute("href")) ?? "");
    }
    expect(hrefs).toHaveLength(RESEARCH_LINKED_ITEMS);
    const ids = [...new Set(hrefs.map((href) => href.slice("/publications#".length)))];
    expect(ids).toHaveLength(RESEARCH_LINKED_ITEMS);

    const publications = await (await request.get("/publications")).text();
    for (const id of ids) {
      expect(publications, `#${id} on /publications`).toMatch(
        new RegExp(`<li\\b(?=[^>]*\\sid="${id}")(?=[^>]*\\sdata-testid="publication")[^>]*>`),
      );
    }
  });

  test("following a research item lands on its publication", async ({ page }) => {
    await open(page, "/");
    // FloE is written as `[FloE (ICML25)](#)`: the placeholder resolves by the paper's name.
    const item = page
      .getByRole("main")
      .locator('a[href^="/publications#"]')
      .filter({ hasText: /^\s*FloE\b/ })
      .first();
    const href = await item.getAttribute("href");
    expect(href).toMatch(/^\/publications#[a-z0-9-]+$/);
    await item.click();
    await expect(page).toHaveURL(new RegExp(`/publications${href?.slice("/publications".length)}$`));
    const target = page.locator(`[id="${href?.split("#")[1]}"]`);
    await expect(target).toHaveCount(1);
    await expect(target).toContainText("FloE: On-the-Fly MoE Inference on Memory-constrained GPU");
    await expect(target).toBeInViewport();
  });

  test("the five latest updates are shown with a link to all of them", async () => {
    const page = current();
    const updates = page.getByTestId("update");
    await expect(updates).toHaveCount(LATEST_UPDATE_DATES.length);
    expect(
      await updates.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime"))),
    ).toEqual(LATEST_UPDATE_DATES);
    await expect(updates.first()).toContainText("We got three papers accepted to ICML 2025!");
    await expect(page.getByRole("main").getByRole("link", { name: "All updates" })).toHaveAttribute("href", "/updates");
  });

  test("experience and education list every entry in order", async () => {
    const page = current();
    // The seed writes "Université" decomposed (e + U+0301): compare canonical forms.
    const nfc = (texts: string[]) => texts.map((text) => text.normalize("NFC"));
    const experience = nfc(await entriesUnderHeading(page, /^Work Experience$/));
    expect(experience).toHaveLength(EXPERIENCE.length);
    EXPERIENCE.forEach((entry, index) => {
      expect(experience[index]).toContain(entry.organization);
      expect(experience[index]).toContain(entry.title);
    });
    const education = nfc(await entriesUnderHeading(page, /^Education$/));
    expect(education).toHaveLength(EDUCATION.length);
    EDUCATION.forEach((entry, index) => {
      expect(education[index]).toContain(entry.organization);
      expect(education[index]).toContain(entry.title);
    });
  });

  test("the five most recent publications are shown with a link to all of them", async () => {
    const page = current();
    const publications = page.getByTestId("publication");
    await expect(publications).toHaveCount(RECENT_PUBLICATION_TITLES.length);
    for (const [index, title] of RECENT_PUBLICATION_TITLES.entries()) {
      await expect(publications.nth(index)).toContainText(title);
    }
    await expect(page.getByRole("main").getByRole("link", { name: "All publications" })).toHaveAttribute(
      "href",
      "/publications",
    );
  });

  test("the contact section shows the address and the email", async () => {
    const page = current();
    const main = page.getByRole("main");
    for (const line of CONTACT_ADDRESS) await expect(main).toContainText(line);
    const contact = main.getByRole("heading", { level: 2, name: "Contact", exact: true });
    const mail = main.locator(`a[href="mailto:${OWNER.email}"]`).last();
    await expect(mail).toHaveText(OWNER.email);
    expect(await precedes(contact, mail)).toBe(true);
  });
});

test.describe("publications page", () => {
  const current = sharedPage("/publications");

  test("lists all publications grouped by year, newest first", async () => {
    const page = current();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publications");
    const publications = page.getByTestId("publication");
    await expect(publications).toHaveCount(PUBLICATION_TOTAL);
    const groups = await groupsByHeading(page, "publication");
    // The dated groups, newest first, then one group (named as the app likes) for the undated paper.
    expect(groups.slice(0, -1).map((group) => [group.heading, group.count])).toEqual(PUBLICATIONS_BY_YEAR);
    expect(groups.at(-1)?.heading).not.toMatch(/^\d{4}$/);
    expect(groups.at(-1)?.count).toBe(1);

    const undated = publications.filter({ hasText: UNDATED_PUBLICATION.title });
    await expect(undated).toHaveCount(1);
    await expect(undated).toContainText(UNDATED_PUBLICATION.venue);
  });

  test("every publication has a unique, URL-safe id", async () => {
    const page = current();
    const ids = await page.getByTestId("publication").evaluateAll((items) => items.map((item) => item.id));
    expect(ids).toHaveLength(PUBLICATION_TOTAL);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("the CocktailSGD paper link is repaired", async () => {
    const page = current();
    const entry = page.getByTestId("publication").filter({ hasText: COCKTAIL_SGD.title });
    await expect(entry).toHaveCount(1);
    await expect(entry.getByRole("link", { name: /Paper/ })).toHaveAttribute("href", COCKTAIL_SGD.paperHref);
  });

  test("the owner is highlighted in every author list", async () => {
    const page = current();
    const withOwner = page.getByTestId("publication").filter({ hasText: /Jue Wang/i });
    // Every entry but "Continual Federated Learning…", which has no authors line.
    await expect(withOwner).toHaveCount(PUBLICATION_TOTAL - 1);
    const weights = await withOwner.evaluateAll((items) =>
      items.map((item) => {
        const owner = [...item.querySelectorAll("*")].find(
          (element) => /^jue wang$/i.test((element.textContent ?? "").trim()) && !element.closest("a"),
        );
        return owner ? Number(getComputedStyle(owner).fontWeight) : null;
      }),
    );
    for (const weight of weights) expect(weight).toBeGreaterThanOrEqual(600);

    // Co-authors are not highlighted.
    // Visible text only: the closed Cite disclosure holds the names again, in the BibTeX entry.
    const coauthor = page
      .getByTestId("publication")
      .filter({ hasText: COCKTAIL_SGD.title })
      .getByText("Binhang Yuan")
      .filter({ visible: true });
    expect(Number(await coauthor.evaluate((element) => getComputedStyle(element).fontWeight))).toBeLessThan(600);
  });

  test("equal contribution is marked and explained", async () => {
    const page = current();
    const entry = page.getByTestId("publication").filter({ hasText: COCKTAIL_SGD.title });
    const text = (await entry.textContent()) ?? "";
    for (const author of COCKTAIL_SGD.equalContributors) {
      expect(text).toMatch(new RegExp(`${author}\\s*[*∗]`, "i"));
    }
    expect(text).not.toMatch(/Binhang Yuan\s*[*∗]/);
    // The seed's `$^{\*}$` must not leak through as LaTeX.
    expect(text).not.toContain("$^");
    await expect(
      page
        .getByRole("main")
        .getByText(/equal contribution/i)
        .first(),
    ).toBeVisible();
  });
});

test.describe("updates page", () => {
  const current = sharedPage("/updates");

  test("shows every update grouped by year, newest first", async () => {
    const page = current();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Updates");
    await expect(page.getByTestId("update")).toHaveCount(UPDATE_TOTAL);
    const groups = await groupsByHeading(page, "update");
    expect(groups.map((group) => [group.heading, group.count])).toEqual(UPDATES_BY_YEAR);
  });

  test("every update carries a machine-readable month in its year group", async () => {
    const page = current();
    const dates = await page.getByRole("main").evaluate((main) => {
      const result: { heading: string; dateTime: string | null }[] = [];
      let heading = "";
      for (const element of main.querySelectorAll('h2, [data-testid="update"]')) {
        if (element.tagName === "H2") heading = (element.textContent ?? "").trim();
        else result.push({ heading, dateTime: element.querySelector("time")?.getAttribute("datetime") ?? null });
      }
      return result;
    });
    expect(dates).toHaveLength(UPDATE_TOTAL);
    for (const { heading, dateTime } of dates) {
      expect(dateTime).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(dateTime?.slice(0, 4)).toBe(heading);
    }
    expect(dates[0]?.dateTime).toBe("2025-05");
    expect(dates.at(-1)?.dateTime).toBe("2020-04");
  });

  test("links inside updates are kept", async () => {
    const page = current();
    const update = page.getByTestId("update").filter({ hasText: "Check out Together MoA" });
    await expect(update.getByRole("link", { name: "Together MoA" })).toHaveAttribute(
      "href",
      "https://www.together.ai/blog/together-moa",
    );
  });
});

test.describe("every page", () => {
  test("has the main navigation", async ({ page }) => {
    for (const route of PAGES) {
      await open(page, route.path, route.status);
      await expectMainNav(page);
    }
  });

  test("the navigation moves between pages", async ({ page }) => {
    await open(page, "/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Publications", exact: true }).click();
    await expect(page).toHaveURL(/\/publications$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publications");
    await nav.getByRole("link", { name: "Updates", exact: true }).click();
    await expect(page).toHaveURL(/\/updates$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Updates");
    await nav.getByRole("link", { name: "Home", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(OWNER.name);
  });

  test("an unknown URL is a 404 page with a link home", async ({ page }) => {
    await open(page, NOT_FOUND_PATH, 404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("main").locator('a[href="/"]').first()).toBeVisible();
  });
});
