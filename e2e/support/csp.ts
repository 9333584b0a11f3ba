import { expect, type Page } from "@playwright/test";

/**
 * Collects every Content-Security-Policy violation a page reports, from its
 * `securitypolicyviolation` events and the console, from the first byte on.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return violations;
}

/** The page has hydrated: React has attached itself to the document. */
export async function expectHydrated(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__react"))))
    .toBe(true);
}

const INJECTED = "<script>window.__injected = true;</script>";

/**
 * Serves `path` with an inline script the build never saw, slipped into its
 * HTML on the way to the browser, and checks the policy stops it while the
 * page's own scripts still run.
 */
export async function expectInjectedScriptBlocked(page: Page, path: string): Promise<void> {
  const violations = await watchCsp(page);
  await page.route(
    (url) => url.pathname === new URL(path, "http://host").pathname,
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", `${INJECTED}</body>`);
      await route.fulfill({ response, body: html });
    },
  );
  await page.goto(path);
  const injected = () => [...document.scripts].some((script) => script.text.includes("window.__injected"));
  expect(await page.evaluate(injected)).toBe(true);
  await expectHydrated(page);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => violations.some((text) => /script-src/.test(text))).toBe(true);
}
