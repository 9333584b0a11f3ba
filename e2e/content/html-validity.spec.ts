import { expect, test } from "@playwright/test";
import { loadProfile } from "../../lib/profile/load";
import { checkHtml } from "../support/nu-checker";
import { siteRoutes } from "../support/routes";

test("every page is valid HTML (Nu Html Checker)", async ({ request }) => {
  test.setTimeout(120_000);
  // Filtered URLs are the same static document, filtered in the browser.
  const documents = new Map<string, string>();
  for (const route of siteRoutes(loadProfile())) {
    const response = await request.get(route.path);
    expect(response.status(), route.path).toBe(route.status);
    expect(response.headers()["content-type"]).toContain("text/html");
    documents.set(route.path, await response.text());
  }
  const { errors, warnings } = await checkHtml(documents);
  if (warnings.length > 0) test.info().annotations.push({ type: "vnu warnings", description: warnings.join("\n") });
  expect(errors, `Nu Html Checker errors:\n${errors.join("\n")}`).toEqual([]);
});
