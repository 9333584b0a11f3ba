import { expect, type Locator, type Page } from "@playwright/test";

export interface Group {
  heading: string;
  count: number;
}

/**
 * How items with the given test id are grouped under the h2 headings of the
 * main landmark, in document order. Headings with nothing under them are left out.
 */
export async function groupsByHeading(page: Page, testId: string): Promise<Group[]> {
  return page.getByRole("main").evaluate((main, id) => {
    const groups: { heading: string; count: number }[] = [];
    for (const element of main.querySelectorAll(`h2, [data-testid="${id}"]`)) {
      if (element.tagName === "H2") {
        groups.push({ heading: (element.textContent ?? "").replace(/\s+/g, " ").trim(), count: 0 });
        continue;
      }
      const current = groups.at(-1);
      if (current) current.count += 1;
      else groups.push({ heading: "", count: 1 });
    }
    return groups.filter((group) => group.count > 0);
  }, testId);
}

/** Texts of the h2 headings in the main landmark, in document order. */
export async function h2Texts(page: Page): Promise<string[]> {
  const texts = await page.getByRole("main").locator("h2").allTextContents();
  return texts.map((text) => text.replace(/\s+/g, " ").trim());
}

/**
 * The top-level list items between the h2 whose text matches `heading` and the
 * next h2, in document order: the entries of one home-page section.
 */
export async function entriesUnderHeading(page: Page, heading: RegExp): Promise<string[]> {
  return page.getByRole("main").evaluate(
    (main, { source, flags }) => {
      const pattern = new RegExp(source, flags);
      const entries: string[] = [];
      let inside = false;
      for (const element of main.querySelectorAll("h2, li")) {
        if (element.tagName === "H2") {
          inside = pattern.test((element.textContent ?? "").trim());
          continue;
        }
        const nested = element.parentElement?.closest("li");
        if (inside && !(nested && main.contains(nested))) {
          entries.push((element.textContent ?? "").replace(/\s+/g, " ").trim());
        }
      }
      return entries;
    },
    { source: heading.source, flags: heading.flags },
  );
}

/** Whether `first` comes before `second` in the document. */
export async function precedes(first: Locator, second: Locator): Promise<boolean> {
  const handle = await second.elementHandle();
  return first.evaluate(
    (a, b) => b !== null && Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING),
    handle,
  );
}

export async function expectMainNav(page: Page): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeVisible();
  for (const [name, href] of [
    ["Home", "/"],
    ["Publications", "/publications"],
    ["Updates", "/updates"],
    ["CV", "/cv"],
  ] as const) {
    await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
  }
}
