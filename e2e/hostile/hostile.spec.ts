import { expect, test, type Page } from "@playwright/test";
import { loadProfile } from "../../lib/profile/load";
import { getPublications } from "../../lib/profile/select";
import { publicationPath } from "../../lib/publishing/paths";
import { watchCsp } from "../support/csp";

/**
 * The site built from test/profiles/hostile.md (`npm run test:hostile`): every
 * payload there sets window.__pwned or opens a dialog. None may run, no element
 * may keep an event handler or a script URL, and the words around them still show.
 */

// The paper whose title carries script, wherever the parser's id scheme puts its page.
const BREAKING = getPublications(loadProfile("test/profiles/hostile.md")).find((paper) =>
  paper.title.includes("Breaking"),
);
const BREAKING_PATH = publicationPath(BREAKING?.id ?? "");

const PAGES = [
  { path: "/", words: ["Visible intro sentinel", "Imagewordsentinel", "Updatesentinel"] },
  { path: "/publications", words: ["Breaking", "Titles", "Notesentinel", "Second Hostile Paper", "Abstractsentinel"] },
  { path: "/updates", words: ["Updatesentinel", "Secondupdate sentinel"] },
  { path: BREAKING_PATH, words: ["Breaking", "Titles", "Attacker"] },
];

const SCRIPT_URL = /^\s*(javascript|vbscript|data)\s*:/i;

interface Findings {
  pwned: unknown;
  handlers: string[];
  urls: string[];
  plugins: number;
}

async function inspect(page: Page): Promise<Findings> {
  return page.evaluate((pattern) => {
    const scriptUrl = new RegExp(pattern, "i");
    // Browsers drop tabs and newlines inside a URL scheme, so compare it the same way.
    const squash = (value: string) => value.replace(/[\t\n\r]/g, "");
    const elements = [...document.querySelectorAll("*")];
    const handlers = elements.flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name))
        .map((attribute) => `${element.tagName} ${attribute.name}`),
    );
    const urls = [
      ...[...document.querySelectorAll("a[href], area[href]")].map((element) => element.getAttribute("href") ?? ""),
      ...[...document.querySelectorAll("iframe[src], embed[src], frame[src]")].map(
        (element) => element.getAttribute("src") ?? "",
      ),
      ...[...document.querySelectorAll("object[data]")].map((element) => element.getAttribute("data") ?? ""),
      ...[...document.querySelectorAll("form[action], button[formaction]")].map(
        (element) => element.getAttribute("action") ?? element.getAttribute("formaction") ?? "",
      ),
    ].filter((url) => scriptUrl.test(squash(url)));
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      handlers,
      urls,
      plugins: document.querySelectorAll("object, embed, iframe[srcdoc]").length,
    };
  }, SCRIPT_URL.source);
}

for (const { path, words } of PAGES) {
  test(`${path}: no payload from the hostile profile runs or survives`, async ({ page }) => {
    const violations = await watchCsp(page);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("load");
    // Handlers such as onmouseover or ontoggle need a reader's touch: give them one.
    await page.mouse.move(200, 200);
    await page.mouse.move(400, 300);
    for (const link of await page.locator("main a").all()) await link.hover({ timeout: 1000 }).catch(() => undefined);

    const findings = await inspect(page);
    expect(dialogs, "dialogs opened").toEqual([]);
    expect(findings.pwned, "window.__pwned was set").toBeNull();
    expect(findings.handlers, "elements with on* attributes").toEqual([]);
    expect(findings.urls, "links or frames with script URLs").toEqual([]);
    expect(findings.plugins, "object, embed or srcdoc iframe elements").toBe(0);
    // Frames, if any survived, must not have been pwned either.
    for (const frame of page.frames()) {
      const framePwned = await frame
        .evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)
        .catch(() => null);
      expect(framePwned, `frame ${frame.url()}`).toBeNull();
    }

    const text = (await page.locator("body").innerText()).replace(/\s+/g, " ");
    for (const word of words) expect(text, `visible text "${word}"`).toContain(word);
    // Nothing of the author's reaches the page as script, so the policy has nothing to stop.
    expect(violations, "CSP violations").toEqual([]);
  });
}

test("JSON-LD on a paper's page stays one script holding valid JSON", async ({ page }) => {
  await page.goto(BREAKING_PATH);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) expect(() => JSON.parse(block) as unknown).not.toThrow();
  expect(blocks.join("")).toContain("Breaking");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
});

// The seed has no note below a paper; this profile's first paper has one.
test("a note below a paper is hidden and shown with its paper", async ({ page }) => {
  await page.goto("/publications");
  const paper = page.getByTestId("publication").filter({ hasText: "Breaking" });
  const note = page.locator("li[data-note-of]").filter({ hasText: "Notesentinel" });
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute("data-note-of", (await paper.getAttribute("id")) ?? "");

  await page.locator("#publication-search").fill("Second Hostile");
  await expect(page.getByRole("status").filter({ hasText: /publications$/ })).toHaveText("1 of 2 publications");
  await expect(paper).toBeHidden();
  await expect(note).toBeHidden();

  await page.locator("#publication-search").fill("");
  await expect(paper).toBeVisible();
  await expect(note).toBeVisible();
});

test("a link whose script URL was removed reads as text, not as a link", async ({ page }) => {
  await page.goto("/");
  const paragraph = page.locator("p", { hasText: "Links: lowerjs" });
  await expect(paragraph.getByRole("link")).toHaveCount(0);
  const removed = paragraph.locator("a", { hasText: "lowerjs" });
  await expect(removed).not.toHaveAttribute("href");
  const [link, text] = await Promise.all([
    removed.evaluate((element) => ({
      color: getComputedStyle(element).color,
      line: getComputedStyle(element).textDecorationLine,
    })),
    paragraph.evaluate((element) => getComputedStyle(element).color),
  ]);
  expect(link).toEqual({ color: text, line: "none" });
});

test("a script link in a paragraph that also holds raw HTML keeps its words and loses its link", async ({ page }) => {
  await page.goto("/publications");
  const note = page.locator("li[data-note-of]").filter({ hasText: "Notesentinel" });
  await expect(note).toContainText("award, slides.");
  await expect(note.getByRole("link")).toHaveCount(0);
});
