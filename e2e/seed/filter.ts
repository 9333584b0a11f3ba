import { expect, type Locator, type Page } from "@playwright/test";
import { PUBLICATION_TOTAL } from "./facts";

export type FilterName = "q" | "year" | "venue" | "topic" | "role";
export type FilterState = Partial<Record<FilterName, string>>;

/** The controls of the publication filter, found the way a reader finds them: by their names. */
export function filterControls(page: Page) {
  return {
    search: page.getByRole("searchbox", { name: "Search", exact: true }),
    year: page.getByRole("combobox", { name: "Year", exact: true }),
    venue: page.getByRole("combobox", { name: "Venue", exact: true }),
    topic: page.getByRole("combobox", { name: "Topic", exact: true }),
    role: page.getByRole("combobox", { name: "Role", exact: true }),
    clear: page.getByRole("button", { name: "Clear filters" }),
    count: page.getByRole("status").filter({ hasText: /publications?$/ }),
  };
}

export function visiblePublications(page: Page): Locator {
  return page.getByTestId("publication").filter({ visible: true });
}

export function publicationsPath(state: FilterState): string {
  const query = new URLSearchParams(Object.entries(state).filter(([, value]) => value !== "")).toString();
  return query ? `/publications?${query}` : "/publications";
}

export async function expectResultCount(page: Page, count: number): Promise<void> {
  const text =
    count === PUBLICATION_TOTAL ? `${PUBLICATION_TOTAL} publications` : `${count} of ${PUBLICATION_TOTAL} publications`;
  await expect(filterControls(page).count).toHaveText(text);
  await expect(visiblePublications(page)).toHaveCount(count);
}

/** The page's query string, as an object; the filter omits empty parameters. */
export async function expectQuery(page: Page, state: FilterState): Promise<void> {
  await expect
    .poll(() => {
      const url = new URL(page.url());
      return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
    })
    .toEqual({ path: "/publications", query: state });
}

/** Whether the controls show the given state (absent names show "all"). */
export async function expectControls(page: Page, state: FilterState): Promise<void> {
  const controls = filterControls(page);
  await expect(controls.search).toHaveValue(state.q ?? "");
  await expect(controls.year).toHaveValue(state.year ?? "");
  await expect(controls.venue).toHaveValue(state.venue ?? "");
  await expect(controls.topic).toHaveValue(state.topic ?? "");
  await expect(controls.role).toHaveValue(state.role ?? "");
}
