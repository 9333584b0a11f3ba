import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { FILTERED_PAGES, PAGES } from "./routes";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One readable paragraph per violation: rule, impact, what to fix, and where. */
function describeViolations(violations: AxeResults["violations"]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) => `    at ${node.target.join(" ")}\n      ${(node.failureSummary ?? "").replace(/\n/g, "\n      ")}`,
        )
        .join("\n");
      return `[${violation.impact ?? "?"}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join("\n\n");
}

for (const route of [...PAGES, ...FILTERED_PAGES]) {
  test(`${route.name} (${route.path}) has no axe violations in light and dark mode`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(route.status);
    await page.waitForLoadState("networkidle");
    const failures: string[] = [];
    // The colour scheme is a media query: switching it restyles the loaded page.
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
        colorScheme === "dark",
      );
      const results = await new AxeBuilder({ page }).analyze();
      // An empty or broken page passes nothing; make sure the rules actually ran.
      expect(results.passes.length).toBeGreaterThan(10);
      if (results.violations.length > 0)
        failures.push(`${colorScheme} mode:\n${describeViolations(results.violations)}`);
    }
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
}

test("the dark colour scheme changes the colours", async ({ page }) => {
  const colours = async () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { background: style.backgroundColor, text: style.color };
    });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const light = await colours();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await colours();
  expect(dark.background).not.toBe(light.background);
  expect(dark.text).not.toBe(light.text);
});
