import { expect, type Locator, type Page } from "@playwright/test";
import { siBluesky, siGithub, siGooglescholar, siMastodon, siOrcid } from "simple-icons";
import { loadProfile } from "../../lib/profile/load";
import { getPublications } from "../../lib/profile/select";
import { publicationPath } from "../../lib/publishing/paths";
import { axeViolations } from "../support/axe";
import { watchConsole } from "../support/console";
import { watchCsp } from "../support/csp";
import { metaValue, metaValues, readHead } from "../support/head";
import { checkHtml } from "../support/nu-checker";
import { REMOTE_TEASER, test } from "./site";

/**
 * What test/profiles/features.md shows (`npm run test:features`), on the
 * server build and on the static export alike: the photo, the profile links
 * with their marks, the CV button, teasers and abstracts, badges, a folded
 * fifty-author list and the Highlights filter.
 */

const NAME = "Mira Castellano";
const publications = getPublications(loadProfile("test/profiles/features.md"));

function paper(start: string) {
  const found = publications.find((publication) => publication.title.startsWith(start));
  if (!found) throw new Error(`no paper titled "${start}…" in the features profile`);
  return found;
}

const SPARSE = paper("Sparse Message Passing");
const PRETRAINING = paper("Label-Efficient Pretraining");
const POOLING = paper("Curvature-Aware Pooling");
const BENCHMARK = paper("A Benchmark of Graph Learning");
const BUDGET = paper("Message Passing on a Budget");

function entry(page: Page, title: string): Locator {
  return page.getByTestId("publication").filter({ has: page.getByRole("heading", { name: title }) });
}

/** Whether the image has loaded, after scrolling it into view (list teasers load lazily). */
async function loadedWidth(image: Locator): Promise<number> {
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete)).toBe(true);
  return image.evaluate((element: HTMLImageElement) => element.naturalWidth);
}

test.describe("the home page", () => {
  test("shows the photo beside the name, its size known before it loads", async ({ page }) => {
    await page.goto("/");
    const photo = page.getByRole("main").getByRole("img", { name: NAME });
    await expect(photo).toHaveAttribute("src", "/files/features/portrait.jpg");
    await expect(photo).toHaveAttribute("width", "480");
    await expect(photo).toHaveAttribute("height", "480");
    expect(await loadedWidth(photo)).toBe(480);
  });

  test("lists the profile links under the name, each named, with its service's mark", async ({ page }) => {
    await page.goto("/");
    const row = page.getByRole("list", { name: "Profiles" });
    const links = row.getByRole("link");
    const names = await links.evaluateAll((elements) =>
      elements.map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim()),
    );
    expect(names).toEqual([
      "Google Scholar",
      "ORCID",
      "GitHub",
      "LinkedIn",
      "Mastodon",
      "Bluesky",
      "Website",
      "dblp",
      "Semantic Scholar",
      "OpenReview",
      "talks",
      "Email: mira@example.org",
    ]);
    const marks = [
      ["Google Scholar", siGooglescholar.path, "https://scholar.google.com/citations?user=MiRaCaStElLa"],
      ["ORCID", siOrcid.path, "https://orcid.org/0000-0002-1825-0097"],
      ["GitHub", siGithub.path, "https://github.com/mira-castellano"],
      ["Mastodon", siMastodon.path, "https://sigmoid.social/@mira"],
      ["Bluesky", siBluesky.path, "https://bsky.app/profile/mira.bsky.social"],
    ] as const;
    for (const [name, mark, href] of marks) {
      const link = row.getByRole("link", { name, exact: true });
      await expect(link).toHaveAttribute("href", href);
      await expect(link.locator("svg path")).toHaveAttribute("d", mark);
    }
    await expect(row.getByRole("link", { name: "LinkedIn" }).locator("svg")).toHaveClass(/tabler-icon-brand-linkedin/);
    const verified = await row.locator('a[rel="me"]').evaluateAll((elements) => elements.map((a) => a.textContent));
    expect(verified).toEqual(["Mastodon", "Bluesky", "Website"]);
  });

  test("names every profile but the email address as the same person in its structured data", async ({ page }) => {
    await page.goto("/");
    const person = (await readHead(page)).jsonLd.map((text) => JSON.parse(text) as { sameAs?: string[] })[0];
    expect(person?.sameAs).toHaveLength(11);
    expect(person?.sameAs).toContain("https://www.linkedin.com/in/mira-castellano");
    expect(person?.sameAs?.some((url) => url.startsWith("mailto:"))).toBe(false);
  });

  test("has a button for the author's own CV beside the generated CV page, named apart from it", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "CV (PDF)" })).toHaveAttribute("href", "/files/features/cv.pdf");
    await expect(header.getByRole("link", { name: "CV", exact: true })).toHaveAttribute("href", /^\/cv\/?$/);
    const response = await request.get("/files/features/cv.pdf");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    await page.goto("/cv");
    await expect(page.getByRole("main").getByRole("link", { name: "CV (PDF)" })).toHaveAttribute(
      "href",
      "/files/features/cv.pdf",
    );
  });
});

test.describe("the publications list", () => {
  test("shows each teaser beside its entry, lazily, with its size; an entry without one has none", async ({ page }) => {
    await page.goto("/publications");
    const local = entry(page, SPARSE.title).getByRole("img");
    await expect(local).toHaveAttribute("src", "/files/features/teaser-graph.png");
    await expect(local).toHaveAttribute("width", "640");
    await expect(local).toHaveAttribute("height", "400");
    await expect(local).toHaveAttribute("loading", "lazy");
    expect(await loadedWidth(local)).toBe(640);
    const remote = entry(page, POOLING.title).getByRole("img");
    await expect(remote).toHaveAttribute("src", REMOTE_TEASER);
    expect(await loadedWidth(remote)).toBeGreaterThan(0);
    await expect(entry(page, BUDGET.title).getByRole("img")).toHaveCount(0);
  });

  test("folds each abstract, and opens it on a click", async ({ page }) => {
    await page.goto("/publications");
    const abstractOf = (title: string) =>
      entry(page, title).locator("details", { has: page.locator("summary", { hasText: /^Abstract/ }) });
    // The entry's BibTeX carries the abstract too, folded under "Cite": look inside the abstract's own disclosure.
    const words = abstractOf(SPARSE.title).getByText("a learned gate keeps one edge in ten");
    await expect(words).toBeHidden();
    await abstractOf(SPARSE.title).locator("summary").click();
    await expect(words).toBeVisible();
    await expect(abstractOf(BUDGET.title)).toHaveCount(0);
  });

  test("draws a badge for each highlight, on the right papers", async ({ page }) => {
    await page.goto("/publications");
    const badges = async (title: string) =>
      entry(page, title)
        .locator(".badge")
        .evaluateAll((elements) => elements.map((element) => element.textContent));
    expect(await badges(SPARSE.title)).toEqual(["Oral"]);
    expect(await badges(PRETRAINING.title)).toEqual(["Best Paper Award"]);
    expect(await badges(POOLING.title)).toEqual(["Spotlight"]);
    expect(await badges(BENCHMARK.title)).toEqual([]);
  });

  test("filters to the highlighted papers from the URL", async ({ page }) => {
    await page.goto("/publications?highlight=1");
    await expect(page.getByRole("combobox", { name: "Highlights" })).toHaveValue("1");
    await expect(page.getByRole("status")).toHaveText("3 of 6 publications");
    await expect(entry(page, SPARSE.title)).toBeVisible();
    await expect(entry(page, BENCHMARK.title)).toBeHidden();
  });

  test("shortens the fifty-author list to the first few, the owner and the last, and unfolds it", async ({ page }) => {
    await page.goto("/publications");
    const item = entry(page, BENCHMARK.title);
    const middle = BENCHMARK.authors[20]?.name ?? "";
    const last = BENCHMARK.authors.at(-1)?.name ?? "";
    await expect(item.getByText(/and 46 more/)).toBeVisible();
    await expect(item.locator(".author-short")).toContainText(NAME);
    await expect(item.locator(".author-short")).toContainText(last);
    // Only inside the list of names: the entry's folded BibTeX names every author too.
    const names = item.locator(".author-fold");
    await expect(names.getByText(middle)).toBeHidden();
    await item.getByText(/and 46 more/).click();
    await expect(names.getByText(middle)).toBeVisible();
    await expect(item.locator(".author-short")).toBeHidden();
  });

  test("marks the corresponding author, and explains each mark in use", async ({ page }) => {
    await page.goto("/publications");
    const mark = entry(page, POOLING.title).locator("sup", { hasText: "†" });
    await expect(mark).toHaveAttribute("title", "Corresponding author");
    const legend = page.getByRole("main").locator("h1 + div");
    await expect(legend).toContainText("* Equal contribution");
    await expect(legend).toContainText("† Corresponding author");

    await page.goto(publicationPath(POOLING.id));
    await expect(page.getByRole("main")).toContainText("† Corresponding author");
    await expect(page.getByRole("main")).not.toContainText("Equal contribution");
    await page.goto(publicationPath(SPARSE.id));
    await expect(page.getByRole("main")).not.toContainText(/Corresponding author|Equal contribution/);
  });

  test("still finds a paper by an author the short list leaves out", async ({ page }) => {
    await page.goto("/publications");
    const middle = BENCHMARK.authors[20]?.name ?? "";
    await page.getByRole("searchbox", { name: "Search" }).fill(middle);
    await expect(entry(page, BENCHMARK.title)).toBeVisible();
    await expect(entry(page, SPARSE.title)).toBeHidden();
  });
});

test.describe("a paper's page", () => {
  test("shows the teaser large, as the page's link preview, and the abstract open", async ({ page }) => {
    await page.goto(publicationPath(SPARSE.id));
    const figure = page.getByRole("main").getByRole("img", { name: "Sparse message passing skips most edges" });
    await expect(figure).toHaveAttribute("loading", "eager");
    expect(await loadedWidth(figure)).toBe(640);
    await expect(page.getByRole("heading", { name: "Abstract", level: 2 })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Abstract" }).getByText("a learned gate keeps one edge"),
    ).toBeVisible();
    const head = await readHead(page);
    expect(new URL(metaValue(head, "og:image") ?? "").pathname).toBe("/files/features/teaser-graph.png");
    expect(metaValue(head, "citation_abstract")).toMatch(/^Graph neural networks pass a message/);
  });

  test("lists every author of the fifty, and tags each for Scholar", async ({ page }) => {
    await page.goto(publicationPath(BENCHMARK.id));
    const authors = page.getByRole("main").locator(".entry-meta");
    for (const author of BENCHMARK.authors) await expect(authors).toContainText(author.name);
    await expect(page.getByText(/and \d+ more/)).toHaveCount(0);
    expect(metaValues(await readHead(page), "citation_author")).toHaveLength(50);
  });
});

const CHECKED_PAGES = ["/", "/publications", publicationPath(SPARSE.id), publicationPath(BENCHMARK.id)];

test.describe("every page with these features", () => {
  for (const path of CHECKED_PAGES) {
    // One load per page for all three checks: the suite runs twice (server and export), and loads cost the most.
    test(`${path}: no console error, no CSP violation, its images loaded, no axe violation light or dark`, async ({
      page,
    }) => {
      const problems = watchConsole(page);
      const violations = await watchCsp(page);
      await page.goto(path);
      // <img> elements only: the publication record is an SVG figure with the img role.
      for (const image of await page.getByRole("main").locator("img").all()) {
        expect(await loadedWidth(image), (await image.getAttribute("src")) ?? "an image").toBeGreaterThan(0);
      }
      expect((await axeViolations(page)).join("\n\n")).toBe("");
      expect(problems).toEqual([]);
      expect(violations).toEqual([]);
    });
  }

  test("valid HTML (Nu Html Checker)", async ({ request }) => {
    test.setTimeout(120_000);
    const documents = new Map<string, string>();
    for (const path of CHECKED_PAGES) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      documents.set(path, await response.text());
    }
    const { errors } = await checkHtml(documents);
    expect(errors, `Nu Html Checker errors:\n${errors.join("\n")}`).toEqual([]);
  });
});
