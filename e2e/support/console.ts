import type { Page } from "@playwright/test";
import { NOT_FOUND_PATH } from "./routes";

/**
 * Collects what a reader would see in the browser's console: errors logged by
 * the page (hydration mismatches among them), uncaught exceptions, and failed
 * requests. The only expected failure is the 404 page's own document.
 */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  const isNotFoundDocument = (url: string) => new URL(url).pathname === NOT_FOUND_PATH;
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const url = message.location().url;
    if (/status of 404/.test(message.text()) && url && isNotFoundDocument(url)) return;
    problems.push(`console error: ${message.text()} (${url})`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !(response.status() === 404 && isNotFoundDocument(response.url()))) {
      problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    // Navigating away cancels prefetches in flight; that is not an error.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`);
  });
  return problems;
}
