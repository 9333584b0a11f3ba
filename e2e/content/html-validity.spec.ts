import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { loadProfile } from "../../lib/profile/load";
import { siteRoutes } from "../support/routes";

const require = createRequire(import.meta.url);
// vnu-jar's main export is the path of the jar (a String object).
const VNU_JAR = String(require("vnu-jar"));
const run = promisify(execFile);

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
}

/** A document the checker must reject, proving that it really reads the files. */
const CANARY = "<!DOCTYPE html><html lang=en><head></head><body><p>unclosed<div></p></body></html>";

test("every page is valid HTML (Nu Html Checker)", async ({ request }) => {
  test.setTimeout(120_000);
  // Filtered URLs are the same static document, filtered in the browser.
  const routes = siteRoutes(loadProfile());
  const directory = await mkdtemp(path.join(tmpdir(), "vnu-"));
  try {
    const files = new Map<string, string>();
    for (const [index, route] of routes.entries()) {
      const response = await request.get(route.path);
      expect(response.status(), route.path).toBe(route.status);
      expect(response.headers()["content-type"]).toContain("text/html");
      const file = path.join(directory, `${index}-${route.name.replace(/\W+/g, "-")}.html`);
      await writeFile(file, await response.text());
      files.set(file, route.path);
    }
    const canary = path.join(directory, "canary.html");
    await writeFile(canary, CANARY);

    // One JVM for all pages: starting it is most of the cost.
    const { stdout, stderr } = await run(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--stdout", "--verbose", "--exit-zero-always", ...files.keys(), canary],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    // --verbose names each file it checked, on stderr.
    const checked = stderr.split("\n").map((line) => path.resolve(line.trim()));
    for (const file of [...files.keys(), canary]) expect(checked, `vnu checked ${file}`).toContain(file);

    const messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
    const fileOf = (message: VnuMessage) => (message.url ? decodeURIComponent(new URL(message.url).pathname) : "");
    const isError = (message: VnuMessage) => message.type === "error" || message.type === "non-document-error";

    expect(messages.filter((message) => fileOf(message) === canary && isError(message)).length).toBeGreaterThan(0);

    const report = messages
      .filter((message) => fileOf(message) !== canary)
      .map((message) => {
        const where = `${files.get(fileOf(message)) ?? fileOf(message)}:${message.lastLine ?? "?"}:${message.firstColumn ?? "?"}`;
        const kind = message.subType ?? message.type;
        return {
          error: isError(message),
          warning: message.subType === "warning",
          text: `${where}: ${kind}: ${message.message}\n    ${message.extract ?? ""}`,
        };
      });
    // Plain "info" messages (React's `<meta … />` trailing slashes) are noise; warnings are worth a look.
    const warnings = report.filter((entry) => entry.warning).map((entry) => entry.text);
    if (warnings.length > 0) test.info().annotations.push({ type: "vnu warnings", description: warnings.join("\n") });
    const errors = report.filter((entry) => entry.error).map((entry) => entry.text);
    expect(errors, `Nu Html Checker errors:\n${errors.join("\n")}`).toEqual([]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
