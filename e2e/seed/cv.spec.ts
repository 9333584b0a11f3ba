import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { SEED_PROFILE } from "../support/paths";
import { leaks, privateContent } from "../support/private-phrases";
import { EDUCATION, EXPERIENCE, OWNER, PUBLICATION_TOTAL, UNDATED_PUBLICATION } from "./facts";

const A4_PAGES = 3;

/** Pages in a PDF Chromium printed: one page object each. */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: "print" });
  return page.locator("body").innerText();
}

test.describe("/cv", () => {
  test("lists every paper, position and degree once, with the owner in bold and the marks explained", async ({
    page,
  }) => {
    await page.goto("/cv");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(OWNER.name);
    await expect(main.getByText(`${OWNER.role} at Together AI`)).toBeVisible();
    await expect(main.getByRole("link", { name: OWNER.email })).toHaveAttribute("href", `mailto:${OWNER.email}`);
    // Built without SITE_URL, the site does not know its address: the CV names none rather than the dev server's.
    await expect(main.locator("header")).not.toContainText("localhost");

    const papers = main.getByRole("region", { name: "Publications" }).locator("ol > li");
    await expect(papers).toHaveCount(PUBLICATION_TOTAL);
    const titles = await papers.locator(".entry-title").allTextContents();
    expect(new Set(titles).size).toBe(PUBLICATION_TOTAL);
    expect(titles.at(-1)).toBe(UNDATED_PUBLICATION.title);
    const numbers = await main
      .getByRole("region", { name: "Publications" })
      .locator("ol")
      .evaluateAll((lists) =>
        lists.flatMap((list) => [...list.children].map((_, index) => (list as HTMLOListElement).start + index)),
      );
    expect(numbers).toEqual(Array.from({ length: PUBLICATION_TOTAL }, (_, index) => index + 1));
    await expect(papers.locator("strong", { hasText: /^Jue Wang$/i })).toHaveCount(PUBLICATION_TOTAL - 1);
    await expect(main.getByText("Equal contribution")).toBeVisible();

    for (const [section, entries] of [
      ["Education", EDUCATION],
      ["Experience", EXPERIENCE],
    ] as const) {
      const items = main.getByRole("region", { name: section }).getByRole("listitem");
      await expect(items).toHaveCount(entries.length);
      for (const [index, { organization, title }] of entries.entries())
        await expect(items.nth(index)).toContainText(`${organization}, ${title}`);
    }

    const html = await page.content();
    const profile = readFileSync(SEED_PROFILE, "utf8");
    expect(leaks(html, privateContent(profile))).toEqual([]);
  });

  test("prints to at most three A4 or Letter pages, and the home page to one", async ({ page }) => {
    await page.goto("/cv");
    const cv = pageCount(await page.pdf({ format: "A4" }));
    expect(cv).toBeGreaterThan(1);
    expect(cv).toBeLessThanOrEqual(A4_PAGES);
    expect(pageCount(await page.pdf({ format: "Letter" }))).toBeLessThanOrEqual(A4_PAGES);
    await page.goto("/");
    expect(pageCount(await page.pdf({ format: "A4" }))).toBe(1);
  });

  test("on paper: no navigation, button or footer, the name once, and the address after a title's link", async ({
    page,
  }) => {
    await page.goto("/cv");
    const text = await printedText(page);
    expect(text.match(new RegExp(OWNER.name, "g"))?.length ?? 0).toBe(
      // The name, and the papers that list the owner among their authors (one writes it in capitals).
      1 + (await page.locator("ol strong", { hasText: new RegExp(`^${OWNER.name}$`) }).count()),
    );
    for (const hidden of ["Print or save as PDF", "Publications\nUpdates", "Updated"])
      expect(text).not.toContain(hidden);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();

    const title = page.locator("ol .entry-title a").first();
    const after = await title.evaluate((link) => getComputedStyle(link, "::after").content);
    expect(after).toBe(`" (${await title.getAttribute("href")})"`);
    const email = page.getByRole("link", { name: OWNER.email });
    expect(await email.evaluate((link) => getComputedStyle(link, "::after").content)).toBe("none");
  });

  test("prints the same without JavaScript, and the button opens the print dialog", async ({ browser, page }) => {
    await page.addInitScript(() => {
      window.print = () => document.body.setAttribute("data-printed", "");
    });
    await page.goto("/cv");
    await page.getByRole("button", { name: "Print or save as PDF" }).click();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "");
    const withScript = await printedText(page);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto("/cv");
    await expect(noScript.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
    expect(await printedText(noScript)).toBe(withScript);
    await context.close();
  });
});
