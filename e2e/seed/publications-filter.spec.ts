import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  expectControls,
  expectQuery,
  expectResultCount,
  filterControls,
  publicationsPath,
  visiblePublications,
  type FilterName,
  type FilterState,
} from "./filter";
import { PUBLICATION_TOTAL, PUBLICATIONS_BY_YEAR, RESEARCH_AREAS, UNDATED_PUBLICATION, VENUE_COUNTS } from "./facts";

interface Case {
  state: FilterState;
  count: number;
  /** Titles expected among the results, when the result is small enough to name. */
  titles?: string[];
  /** Text every result must contain. */
  every?: string;
}

// Counted by hand from the seed.
const SINGLE_FILTERS: Case[] = [
  { state: { year: "2025" }, count: 6, every: "2025" },
  { state: { year: "2023" }, count: 4, every: "2023" },
  { state: { year: "none" }, count: 1, titles: [UNDATED_PUBLICATION.title] },
  { state: { venue: "ICML" }, count: 6, every: "ICML" },
  { state: { venue: "ACL" }, count: 3, every: "ACL" },
  { state: { venue: "TMLR" }, count: 1, titles: [UNDATED_PUBLICATION.title] },
  { state: { topic: "effecient-inference-for-language-models" }, count: 6 },
  {
    state: { topic: "efficient-training-systems-at-scale" },
    count: 3,
    titles: [
      "Train Small, Infer Large: Memory-Efficient LoRA Training for Large Language Models",
      "CocktailSGD: Fine-tuning Foundation Models over 500Mbps Networks",
      "Fine-tuning Language Models over Slow Networks using Activation Compression with Guarantees",
    ],
  },
  {
    state: { topic: "cost-effective-algorithms-for-enhancing-llms" },
    count: 3,
    titles: [
      "Mixture-of-Agents Enhances Large Language Model Capabilities",
      "Scaling Instruction-tuned LLMs to Million-token Contexts via Hierarchical Synthetic Data Generation",
      "Skill-it! A Data-Driven Skills Framework for Understanding and Training Language Models",
    ],
  },
  { state: { q: "slot" }, count: 1, titles: ["Effective Slot Filling via Weakly-Supervised Dual-Model Learning"] },
  { state: { q: "SkipBERT" }, count: 1, titles: ["SkipBERT: Efficient Inference with Shallow Layer Skipping"] },
  { state: { q: "language model" }, count: 6 },
];

const COMBINED_FILTERS: Case[] = [
  {
    state: { year: "2023", venue: "ICML" },
    count: 2,
    titles: [
      "CocktailSGD: Fine-tuning Foundation Models over 500Mbps Networks",
      "Deja Vu: Contextual Sparsity for Efficient LLMs at Inference Time",
    ],
  },
  {
    state: { year: "2022", topic: "efficient-training-systems-at-scale" },
    count: 1,
    titles: ["Fine-tuning Language Models over Slow Networks using Activation Compression with Guarantees"],
  },
  { state: { venue: "ICML", topic: "effecient-inference-for-language-models" }, count: 4, every: "ICML" },
  {
    state: { venue: "ACL", topic: "effecient-inference-for-language-models" },
    count: 2,
    titles: [
      "Draft & Verify: Lossless Large Language Model Acceleration via Self-Speculative Decoding",
      "SkipBERT: Efficient Inference with Shallow Layer Skipping",
    ],
  },
  {
    state: { q: "language model", year: "2025" },
    count: 2,
    titles: [
      "Mixture-of-Agents Enhances Large Language Model Capabilities",
      "Train Small, Infer Large: Memory-Efficient LoRA Training for Large Language Models",
    ],
  },
  {
    state: { q: "inference", year: "2025", venue: "ICML", topic: "effecient-inference-for-language-models" },
    count: 2,
    titles: [
      "Ladder Residual: Redefining Tensor Parallelism in Transformers for Accelerated Inference",
      "FloE: On-the-Fly MoE Inference on Memory-constrained GPU",
    ],
  },
  { state: { year: "2025", venue: "TMLR" }, count: 0 },
];

async function expectResults(page: Page, expected: Case): Promise<void> {
  await expectResultCount(page, expected.count);
  const results = visiblePublications(page);
  for (const title of expected.titles ?? []) {
    await expect(results.filter({ hasText: title }), title).toHaveCount(1);
  }
  if (expected.every) {
    for (const text of await results.allTextContents()) expect(text).toContain(expected.every);
  }
}

async function setControls(page: Page, state: FilterState): Promise<void> {
  const controls = filterControls(page);
  await controls.search.fill(state.q ?? "");
  await controls.year.selectOption(state.year ?? "");
  await controls.venue.selectOption(state.venue ?? "");
  await controls.topic.selectOption(state.topic ?? "");
}

function casesOf(name: FilterName): Case[] {
  return SINGLE_FILTERS.filter((expected) => Object.keys(expected.state).join() === name);
}

test.describe("publication filter", () => {
  test("starts unfiltered, with counts in the option labels", async ({ page }) => {
    await page.goto("/publications");
    await expectResultCount(page, PUBLICATION_TOTAL);
    await expectControls(page, {});
    await expectQuery(page, {});

    const { year, venue, topic } = filterControls(page);
    const labels = async (select: Locator) =>
      (await select.locator("option").allTextContents()).map((label) => label.replace(/\s+/g, " ").trim());

    const yearLabels = await labels(year);
    for (const [value, count] of PUBLICATIONS_BY_YEAR) expect(yearLabels).toContain(`${value} (${count})`);
    await expect(year.locator('option[value="none"]')).toHaveText(/\(1\)\s*$/);
    await expect(year.locator('option[value=""]')).toHaveCount(1);

    const venueLabels = await labels(venue);
    for (const [value, count] of VENUE_COUNTS) {
      expect(venueLabels).toContain(`${value} (${count})`);
      await expect(venue.locator(`option[value="${value}"]`)).toHaveCount(1);
    }

    const topicLabels = await labels(topic);
    for (const area of RESEARCH_AREAS) {
      expect(topicLabels).toContain(`${area.title} (${area.count})`);
      await expect(topic.locator(`option[value="${area.slug}"]`)).toHaveText(new RegExp(`\\(${area.count}\\)\\s*$`));
    }
  });

  for (const name of ["year", "venue", "topic"] as const) {
    test(`filters by ${name} alone, and back to all`, async ({ page }) => {
      await page.goto("/publications");
      await expectResultCount(page, PUBLICATION_TOTAL);
      const select = filterControls(page)[name];
      const cases = casesOf(name);
      expect(cases.length).toBeGreaterThan(0);
      for (const expected of cases) {
        await select.selectOption(expected.state[name] ?? "");
        await expectQuery(page, expected.state);
        await expectResults(page, expected);
      }
      await select.selectOption("");
      await expectQuery(page, {});
      await expectResultCount(page, PUBLICATION_TOTAL);
    });
  }

  test("searches as you type, ignoring case", async ({ page }) => {
    await page.goto("/publications");
    const { search } = filterControls(page);
    await search.click();
    await page.keyboard.type("sl");
    await expectQuery(page, { q: "sl" });
    await page.keyboard.type("ot");
    await expectQuery(page, { q: "slot" });
    await expectResultCount(page, 1);
    for (let typed = 0; typed < 4; typed++) await page.keyboard.press("Backspace");
    await expectQuery(page, {});
    await expectResultCount(page, PUBLICATION_TOTAL);

    const cases = casesOf("q");
    expect(cases.length).toBeGreaterThan(0);
    for (const expected of cases) {
      await search.fill(expected.state.q ?? "");
      await expectQuery(page, expected.state);
      await expectResults(page, expected);
    }
    await search.fill("SLOT");
    await expectResultCount(page, 1);
  });

  // The URL waits for a pause in typing; a reader who types and at once follows a link must still come back to their list.
  test("a query typed just before following a link is in the URL on the way back", async ({ page }) => {
    await page.goto("/publications");
    await filterControls(page).search.fill("slot");
    await visiblePublications(page)
      .getByRole("link", { name: /^Details/ })
      .click();
    await expect(page).not.toHaveURL(/\/publications(\?|$)/);
    await page.goBack({ waitUntil: "load" });
    await expectQuery(page, { q: "slot" });
    await expectResultCount(page, 1);
  });

  test("combines filters, updating the URL at each step", async ({ page }) => {
    await page.goto("/publications");
    const controls = filterControls(page);
    await controls.venue.selectOption("ICML");
    await expectQuery(page, { venue: "ICML" });
    await expectResultCount(page, 6);
    await controls.year.selectOption("2023");
    await expectQuery(page, { venue: "ICML", year: "2023" });
    await expectResultCount(page, 2);
    await controls.year.selectOption("");
    await expectQuery(page, { venue: "ICML" });
    await expectResultCount(page, 6);
    await controls.topic.selectOption("effecient-inference-for-language-models");
    await expectQuery(page, { venue: "ICML", topic: "effecient-inference-for-language-models" });
    await expectResultCount(page, 4);
    await controls.search.fill("prompt");
    await expectQuery(page, { venue: "ICML", topic: "effecient-inference-for-language-models", q: "prompt" });
    await expectResults(page, {
      state: {},
      count: 1,
      titles: [
        "Compress, Then Prompt: Improving Accuracy-Efficiency Trade-off of LLM Inference with Transferable Prompt",
      ],
    });

    for (const expected of COMBINED_FILTERS) {
      await setControls(page, expected.state);
      await expectQuery(page, expected.state);
      await expectResults(page, expected);
    }
  });

  test("opens a filtered URL directly, and a reload keeps the filter", async ({ page }) => {
    for (const expected of COMBINED_FILTERS) {
      await page.goto(publicationsPath(expected.state));
      await expectControls(page, expected.state);
      await expectResults(page, expected);
    }
    const [first] = COMBINED_FILTERS;
    if (!first) throw new Error("no combined cases");
    await page.goto(publicationsPath(first.state));
    await expectResults(page, first);
    await page.reload();
    await expectControls(page, first.state);
    await expectQuery(page, first.state);
    await expectResults(page, first);
  });

  test("Clear filters resets the URL and shows everything", async ({ page }) => {
    const state = { q: "inference", year: "2025", venue: "ICML", topic: "effecient-inference-for-language-models" };
    await page.goto(publicationsPath(state));
    await expectResultCount(page, 2);
    await filterControls(page).clear.click();
    await expectQuery(page, {});
    await expectControls(page, {});
    await expectResultCount(page, PUBLICATION_TOTAL);
  });

  // The filter's speed at 1,000 entries rests on this: a keystroke marks entries filtered out, it never rebuilds one.
  test("hides what does not match, keeping every entry's element, and hides empty years", async ({ page }) => {
    await page.goto("/publications");
    await expectResultCount(page, PUBLICATION_TOTAL);
    const entries = page.getByTestId("publication");
    await entries.evaluateAll((elements) => elements.forEach((element) => element.setAttribute("data-original", "")));

    await filterControls(page).year.selectOption("2023");
    await expectResultCount(page, 4);
    await expect(entries).toHaveCount(PUBLICATION_TOTAL);
    const yearHeadings = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(yearHeadings).toHaveText(["2023"]);

    await filterControls(page).clear.click();
    await expectResultCount(page, PUBLICATION_TOTAL);
    await expect(page.locator('[data-testid="publication"][data-original]')).toHaveCount(PUBLICATION_TOTAL);
    await expect(yearHeadings).toHaveCount(PUBLICATIONS_BY_YEAR.length + 1);
  });

  test("works with the keyboard alone", async ({ page }) => {
    await page.goto("/publications");
    await expectResultCount(page, PUBLICATION_TOTAL);
    const controls = filterControls(page);

    const tabTo = async (target: Locator, limit = 40) => {
      for (let presses = 0; presses < limit; presses++) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`not reached with ${limit} presses of Tab`);
    };

    await tabTo(controls.search);
    await page.keyboard.type("slot");
    await expectQuery(page, { q: "slot" });
    await expectResultCount(page, 1);

    await tabTo(controls.clear);
    await page.keyboard.press("Enter");
    await expectQuery(page, {});
    await expectResultCount(page, PUBLICATION_TOTAL);
  });
});

test.describe("publication filter without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("all publications are shown", async ({ page }) => {
    const response = await page.goto("/publications");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publications");
    await expect(visiblePublications(page)).toHaveCount(PUBLICATION_TOTAL);
  });
});
