import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { loadProfile } from "../../lib/profile/load";
import { pagePaths } from "../../lib/publishing/paths";
import { inlineScriptHashes } from "../../lib/security/inline-scripts";
import { commonSecurityHeaders } from "../../lib/security/security-headers";
import { expectHydrated, expectInjectedScriptBlocked, watchCsp } from "../support/csp";
import { observatoryFindings } from "../support/observatory";
import { ROOT } from "../support/paths";
import { serveStatic, type StaticHost } from "../support/static-host";

/**
 * The static export's Content-Security-Policy (`npm run test:export`): each
 * page carries its own in a <meta> tag, since a static host sends no headers,
 * and out/_headers gives the full set to hosts that read one.
 */
const OUT = path.join(ROOT, "out");
const pages = [...pagePaths(loadProfile()).map((page) => `${page.replace(/\/$/, "")}/`), "/404.html"];

function exportedFile(page: string): string {
  return path.join(OUT, page.endsWith("/") ? path.join(page, "index.html") : page);
}

type Element = DefaultTreeAdapterTypes.Element;

/** The <head>'s elements in order, each as its tag name and attributes. */
function headElements(html: string): Array<{ tag: string; attrs: Record<string, string> }> {
  const document = parse(html);
  const htmlElement = document.childNodes.find((node): node is Element => "tagName" in node && node.tagName === "html");
  const head = htmlElement?.childNodes.find((node): node is Element => "tagName" in node && node.tagName === "head");
  return (head?.childNodes ?? [])
    .filter((node): node is Element => "tagName" in node)
    .map((element) => ({
      tag: element.tagName,
      attrs: Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value])),
    }));
}

/** out/_headers as route → header → value. */
function readHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    if (!line.startsWith(" ")) rules.set(line.trim(), (current = new Map()));
    else {
      const [key = "", ...value] = line.trim().split(": ");
      current?.set(key, value.join(": "));
    }
  }
  return rules;
}

let host: StaticHost;

test.beforeAll(async () => {
  host = await serveStatic(OUT);
});

test.afterAll(async () => {
  await host.close();
});

test("every exported page carries, before any script, a policy allowing exactly its inline scripts", async () => {
  for (const page of pages) {
    const html = await readFile(exportedFile(page), "utf8");
    const head = headElements(html);
    const policyAt = head.findIndex((element) => element.attrs["http-equiv"] === "Content-Security-Policy");
    const firstScript = head.findIndex((element) => element.tag === "script");
    expect(policyAt, page).toBeGreaterThanOrEqual(0);
    if (firstScript >= 0) expect(policyAt, page).toBeLessThan(firstScript);
    const policy = head[policyAt]?.attrs.content ?? "";
    expect(policy, page).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
    const hashes = policy.match(/'sha256-[^']+'/g) ?? [];
    expect(hashes.toSorted(), page).toEqual(inlineScriptHashes(html).toSorted());
  }
});

test("out/_headers gives every page its policy and every path the other headers", async () => {
  const rules = readHeadersFile(await readFile(path.join(OUT, "_headers"), "utf8"));
  for (const { key, value } of commonSecurityHeaders()) expect(rules.get("/*")?.get(key), key).toBe(value);
  for (const page of pages) {
    const html = await readFile(exportedFile(page), "utf8");
    const policy = rules.get(page)?.get("Content-Security-Policy") ?? "";
    expect(policy, page).toContain("frame-ancestors 'none'");
    const meta = headElements(html).find((element) => element.attrs["http-equiv"] === "Content-Security-Policy");
    expect(`${meta?.attrs.content}; frame-ancestors 'none'`, page).toBe(policy);
  }
});

test("Mozilla's HTTP Observatory passes every exported page, from its <meta> policy alone or with out/_headers", async () => {
  const rules = readHeadersFile(await readFile(path.join(OUT, "_headers"), "utf8"));
  const common = Object.fromEntries(rules.get("/*") ?? []);
  for (const page of pages) {
    const html = await readFile(exportedFile(page), "utf8");
    const url = `https://example.org${page}`;
    const metaOnly = observatoryFindings(url, {}, html).find((finding) => finding.test === "content-security-policy");
    expect(metaOnly?.result, page).toBe("csp-implemented-with-no-unsafe");
    const withHeaders = observatoryFindings(url, { ...common, ...Object.fromEntries(rules.get(page) ?? []) }, html);
    expect(
      withHeaders.filter((finding) => !finding.pass),
      page,
    ).toEqual([]);
  }
});

test("on a static host no page breaks a rule of its policy, and every page hydrates", async ({ page }) => {
  test.slow();
  const violations = await watchCsp(page);
  for (const pagePath of pages.filter((candidate) => candidate.endsWith("/"))) {
    await page.goto(`${host.url}${pagePath}`);
    await expectHydrated(page);
    await page.waitForLoadState("networkidle");
    expect(violations, pagePath).toEqual([]);
  }
});

test("an inline script slipped into an exported page is blocked", async ({ page }) => {
  await expectInjectedScriptBlocked(page, `${host.url}/publications/`);
});
