import AxeBuilder from "@axe-core/playwright";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type Page } from "@playwright/test";
import { XMLValidator } from "fast-xml-parser";
import { getCurrentPosition, getEducation, getEmail, getPublications, getUpdates } from "../../lib/profile/select";
import { bibtexEntries } from "../../lib/publishing/bibtex";
import { pagePaths, publicationPath } from "../../lib/publishing/paths";
import { absoluteUrl, siteDescription, siteFromEnv } from "../../lib/publishing/site";
import { metaValue, metaValues, normalizeUrl, readHead } from "../support/head";
import { NOT_FOUND_PATH } from "../support/routes";
import { COCKTAIL_SGD, OWNER, PUBLICATION_TOTAL, UPDATE_TOTAL } from "./facts";
import { seedProfile } from "./site";

/**
 * What search engines, feed readers, reference managers and link previews get
 * from the built site. Expected values come from the parser's view of the seed
 * the site was built from, and from the site URL the build was given
 * (SITE_URL, else the local default).
 */
const profile = seedProfile();
const site = siteFromEnv();
const publications = getPublications(profile);
const cocktail = publications.find((publication) => publication.id === "cocktailsgd");
const holistic = publications.find((publication) => publication.id === "holistic-evaluation-of-language-models");

/** A site URL as a path on the server under test, which may not be the URL the build wrote into the pages. */
function localPath(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.hash}`;
}

async function open(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
}

test.describe("page metadata", () => {
  const pages = [
    { path: "/", title: OWNER.name, description: siteDescription(profile) },
    { path: "/publications", title: `Publications · ${OWNER.name}` },
    { path: "/updates", title: `Updates · ${OWNER.name}` },
    { path: "/publications/cocktailsgd", title: `${COCKTAIL_SGD.title} · ${OWNER.name}` },
  ];

  for (const expected of pages) {
    test(`${expected.path} has a title, a description, a canonical URL and link-preview tags`, async ({
      page,
      request,
    }) => {
      await open(page, expected.path);
      const head = await readHead(page);
      expect(head.title).toBe(expected.title);

      const description = metaValue(head, "description") ?? "";
      expect(description.length).toBeGreaterThan(20);
      if (expected.description) expect(description).toBe(expected.description);

      const canonical = head.links.filter((link) => link.rel === "canonical");
      expect(canonical).toHaveLength(1);
      expect(normalizeUrl(canonical[0]?.href ?? "")).toBe(normalizeUrl(absoluteUrl(site, expected.path)));

      expect(metaValue(head, "og:title")).toBe(expected.title);
      expect(metaValue(head, "og:description")).toBe(description);
      expect(normalizeUrl(metaValue(head, "og:url") ?? "")).toBe(normalizeUrl(absoluteUrl(site, expected.path)));
      expect(metaValue(head, "og:site_name")).toBe(OWNER.name);
      expect(metaValue(head, "twitter:card")).toBe("summary_large_image");
      expect(metaValue(head, "twitter:title")).toBe(expected.title);

      const image = metaValue(head, "og:image") ?? "";
      expect(image.startsWith(site.url)).toBe(true);
      expect(metaValue(head, "twitter:image")).toBe(image);
      expect(metaValue(head, "og:image:alt")).toContain(OWNER.name);
      const png = await request.get(localPath(image));
      expect(png.status()).toBe(200);
      expect(png.headers()["content-type"]).toBe("image/png");
      expect((await png.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
    });
  }

  test("every page, the 404 page included, advertises the Atom feed", async ({ page }) => {
    const routes: Array<[string, number]> = [
      ["/", 200],
      ["/publications", 200],
      ["/updates", 200],
      ["/publications/floe", 200],
      [NOT_FOUND_PATH, 404],
    ];
    for (const [path, status] of routes) {
      await open(page, path, status);
      const feeds = (await readHead(page)).links.filter(
        (link) => link.rel === "alternate" && link.type === "application/atom+xml",
      );
      expect(feeds, path).toHaveLength(1);
      expect(feeds[0]?.href).toBe(absoluteUrl(site, "/feed.xml"));
      expect(feeds[0]?.title).toBe(`Updates · ${OWNER.name}`);
    }
  });
});

test.describe("structured data (JSON-LD)", () => {
  async function documentsOf(page: Page, path: string): Promise<unknown[]> {
    await open(page, path);
    const scripts = (await readHead(page)).jsonLd;
    // Escaped: no "<" can end the script element early, whatever the content says.
    for (const script of scripts) expect(script).not.toContain("<");
    return scripts.map((script) => JSON.parse(script) as unknown);
  }

  test("the home page describes its owner as a schema.org Person", async ({ page }) => {
    const [person, ...others] = await documentsOf(page, "/");
    expect(others).toEqual([]);
    const position = getCurrentPosition(profile);
    expect(person).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Person",
      name: OWNER.name,
      jobTitle: position?.title,
      worksFor: { "@type": "Organization", name: position?.organization },
      email: `mailto:${getEmail(profile)}`,
    });
    expect(normalizeUrl((person as { url: string }).url)).toBe(normalizeUrl(absoluteUrl(site, "/")));
    const alumni = (person as { alumniOf: Array<{ name: string }> }).alumniOf.map(({ name }) => name);
    expect(alumni).toEqual([...new Set(getEducation(profile).map(({ organization }) => organization))]);
  });

  test("the publications page lists every paper as a ScholarlyArticle", async ({ page }) => {
    const [list] = await documentsOf(page, "/publications");
    const articles = (list as { "@graph": Array<Record<string, unknown>> })["@graph"];
    expect(articles).toHaveLength(PUBLICATION_TOTAL);
    expect(articles.map((article) => article["@type"])).toEqual(Array(PUBLICATION_TOTAL).fill("ScholarlyArticle"));
    expect(articles.map((article) => article.name)).toEqual(publications.map(({ title }) => title));
    const first = articles.find((article) => article.name === COCKTAIL_SGD.title);
    const url = absoluteUrl(site, "/publications/cocktailsgd");
    expect(first).toMatchObject({ "@id": url, url, datePublished: "2023" });
  });

  test("a paper's page describes that paper in full, under the id the list refers to", async ({ page }) => {
    const [article] = await documentsOf(page, "/publications/cocktailsgd");
    const url = absoluteUrl(site, "/publications/cocktailsgd");
    expect(article).toMatchObject({
      "@type": "ScholarlyArticle",
      "@id": url,
      name: COCKTAIL_SGD.title,
      sameAs: cocktail?.url,
    });
    const authors = (article as { author: Array<{ name: string }> }).author;
    expect(authors.map(({ name }) => name)).toEqual(cocktail?.authors.map(({ name }) => name));
  });
});

test.describe("Google Scholar tags on each paper's page", () => {
  test.use({ javaScriptEnabled: false });

  test("every publication has a page with its citation_* tags", async ({ page }) => {
    test.setTimeout(60_000);
    expect(publications).toHaveLength(PUBLICATION_TOTAL);
    for (const publication of publications) {
      await open(page, publicationPath(publication.id));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(publication.title);
      const head = await readHead(page);
      const where = publication.id;
      expect(metaValues(head, "citation_title"), where).toEqual([publication.title]);
      expect(metaValues(head, "citation_author"), where).toEqual(publication.authors.map(({ name }) => name));
      expect(metaValues(head, "citation_publication_date"), where).toEqual(
        publication.year === null ? [] : [String(publication.year)],
      );
      const venue = publication.venue ? [publication.venue.short] : [];
      expect(metaValues(head, "citation_conference_title"), where).toEqual(
        publication.venue?.kind === "conference" ? venue : [],
      );
      expect(metaValues(head, "citation_journal_title"), where).toEqual(
        publication.venue?.kind === "journal" ? venue : [],
      );
      // No link in the seed is a PDF (arXiv abstracts, proceedings pages).
      expect(metaValues(head, "citation_pdf_url"), where).toEqual([]);
    }
  });

  test("the undated journal paper names its journal and no date", async ({ page }) => {
    await open(page, "/publications/holistic-evaluation-of-language-models");
    const head = await readHead(page);
    expect(metaValues(head, "citation_journal_title")).toEqual(["TMLR"]);
    expect(metaValues(head, "citation_author")).toHaveLength(holistic?.authors.length ?? -1);
    expect(metaValues(head, "citation_publication_date")).toEqual([]);
  });

  test("an id that is not a publication is a 404", async ({ page }) => {
    await open(page, "/publications/not-a-paper", 404);
  });
});

test.describe("the Atom feed", () => {
  test("is served as Atom, parses, and has one dated entry per update", async ({ request, page }) => {
    const response = await request.get("/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);

    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe(`Updates · ${OWNER.name}`);
    expect(feed.self).toBe(absoluteUrl(site, "/feed.xml"));
    expect(feed.items).toHaveLength(UPDATE_TOTAL);
    expect(feed.items).toHaveLength(getUpdates(profile).length);
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(UPDATE_TOTAL);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.content).toMatch(/^<p>/);
      // Dated the first of the update's month, at midnight UTC.
      expect(item.published?.toISOString()).toMatch(/^\d{4}-\d{2}-01T00:00:00\.000Z$/);
    }
    expect(feed.items[0]?.published?.toISOString()).toBe("2025-05-01T00:00:00.000Z");
    const moa = feed.items.find((item) => item.content?.includes("Together MoA"));
    expect(moa?.content).toContain('href="https://www.together.ai/blog/together-moa"');

    // Each entry links to its own update on /updates.
    await open(page, "/updates");
    for (const item of feed.items) {
      const anchor = new URL(item.url ?? "").hash.slice(1);
      await expect(page.locator(`[id="${anchor}"][data-testid="update"]`), anchor).toHaveCount(1);
    }
  });
});

test.describe("BibTeX", () => {
  test("/publications.bib holds every publication and parses without errors", async ({ request }) => {
    const response = await request.get("/publications.bib");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
    const library = parseBibtex(await response.text());
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(PUBLICATION_TOTAL);
    expect(new Set(library.entries.map((entry) => entry.key)).size).toBe(PUBLICATION_TOTAL);

    const entry = library.entries.find((candidate) => candidate.key === "wang2023cocktailsgd");
    expect(entry?.type).toBe("inproceedings");
    expect(entry?.fields.booktitle).toBe("ICML");
    expect(entry?.fields.year).toBe("2023");
    expect(entry?.fields.url).toBe(COCKTAIL_SGD.paperHref);
    expect(entry?.fields.author?.map((author) => `${author.firstName} ${author.lastName}`)).toEqual(
      cocktail?.authors.map(({ name }) => name),
    );
    const journal = library.entries.find((candidate) => candidate.fields.journal === "TMLR");
    expect(journal?.type).toBe("article");
  });

  test("Cite shows a paper's entry and copies it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(page, "/publications");
    const entry = page.getByTestId("publication").filter({ hasText: COCKTAIL_SGD.title });
    const bibtex = bibtexEntries(publications).get("cocktailsgd") ?? "";
    const code = entry.locator("pre");
    await expect(code).toBeHidden();
    await entry.locator("summary").click();
    await expect(code).toBeVisible();
    await expect(code).toHaveText(bibtex);

    const status = entry.getByRole("status");
    await expect(status).toHaveText("");
    await entry.getByRole("button", { name: "Copy BibTeX" }).click();
    await expect(status).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
  });

  test("the same entry is on the paper's own page and in the .bib file", async ({ page, request }) => {
    await open(page, "/publications/cocktailsgd");
    const shown = (await page.getByRole("region", { name: "Cite" }).locator("pre").textContent()) ?? "";
    expect(shown).toContain("@inproceedings{wang2023cocktailsgd,");
    expect(await (await request.get("/publications.bib")).text()).toContain(shown);
  });

  test("axe finds nothing wrong with an open Cite, light or dark", async ({ page }) => {
    await open(page, "/publications");
    const entry = page.getByTestId("publication").filter({ hasText: COCKTAIL_SGD.title });
    await entry.locator("summary").click();
    await expect(entry.locator("pre")).toBeVisible();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include(`[id="${cocktail?.id}"]`).analyze();
      expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
    }
  });
});

test.describe("BibTeX without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Cite still opens the entry; the copy button, which needs a script, is not shown", async ({ page }) => {
    await open(page, "/publications");
    const entry = page.getByTestId("publication").filter({ hasText: COCKTAIL_SGD.title });
    await entry.locator("summary").click();
    await expect(entry.locator("pre")).toHaveText(bibtexEntries(publications).get("cocktailsgd") ?? "");
    await expect(entry.getByRole("button", { name: "Copy BibTeX" })).toBeHidden();
  });
});

test.describe("a paper's own page", () => {
  test("is reached from its entry's Details link, and leads back to the list", async ({ page }) => {
    await open(page, "/publications");
    const entry = page.getByTestId("publication").filter({ hasText: COCKTAIL_SGD.title });
    // The title still leads to the paper itself.
    await expect(entry.getByRole("link", { name: COCKTAIL_SGD.title, exact: true })).toHaveAttribute(
      "href",
      COCKTAIL_SGD.paperHref,
    );
    await entry.getByRole("link", { name: /^Details/ }).click();
    await expect(page).toHaveURL(/\/publications\/cocktailsgd\/?$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(COCKTAIL_SGD.title);
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Paper", exact: true })).toHaveAttribute(
      "href",
      COCKTAIL_SGD.paperHref,
    );
    await expect(main.getByRole("link", { name: "Code", exact: true })).toHaveAttribute(
      "href",
      "https://github.com/DS3Lab/CocktailSGD",
    );
    await expect(main).toContainText("In Proc. of ICML 2023.");
    await main.getByRole("link", { name: "All publications" }).click();
    await expect(page).toHaveURL(/\/publications\/?#cocktailsgd$/);
    await expect(page.locator('[id="cocktailsgd"]')).toBeInViewport();
  });
});

test.describe("sitemap and robots.txt", () => {
  test("the sitemap lists every page, each of which is served", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");
    expect(urls).toEqual(pagePaths(profile).map((path) => absoluteUrl(site, path)));
    // Home, publications, updates and the CV, then a page per paper.
    expect(urls).toHaveLength(4 + PUBLICATION_TOTAL);
    for (const url of urls) expect((await request.get(localPath(url))).status(), url).toBe(200);
  });

  test("robots.txt allows crawling and names the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toMatch(/User-Agent: \*\nAllow: \//);
    expect(text).toContain(`Sitemap: ${absoluteUrl(site, "/sitemap.xml")}`);
  });
});
