import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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

/** axe's violations on the loaded page, in light and in dark mode, one paragraph per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  const failures: string[] = [];
  // The colour scheme is a media query: switching it restyles the loaded page.
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
    const results = await new AxeBuilder({ page }).analyze();
    // An empty or broken page passes nothing; make sure the rules actually ran.
    expect(results.passes.length).toBeGreaterThan(10);
    if (results.violations.length > 0) failures.push(`${colorScheme} mode:\n${describeViolations(results.violations)}`);
  }
  return failures;
}
