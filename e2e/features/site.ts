import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base } from "@playwright/test";
import { ROOT } from "../support/paths";

/** The test profile's one remote image; the browser is given a local picture for it, as there is no network. */
export const REMOTE_TEASER = "https://images.example.org/curvature-pooling.png";
const STAND_IN = readFileSync(path.join(ROOT, "test/profiles/features/teaser-curve.png"));

/** Playwright's test, with the remote teaser answered locally on every page. */
export const test = base.extend({
  // Playwright's fixture callback, named `provide` rather than `use`, which lint takes for a React hook.
  page: async ({ page }, provide) => {
    await page.route(REMOTE_TEASER, (route) => route.fulfill({ body: STAND_IN, contentType: "image/png" }));
    await provide(page);
  },
});
