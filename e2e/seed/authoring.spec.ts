import { spawn, execFile, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { ROOT, SEED_PROFILE } from "../support/paths";

/**
 * The authoring loop: with `npm run dev` running, saving the content file
 * updates the page in the browser, no restart and no reload. Runs `next dev`
 * on a copy of the project, so the tree under test (and its .next) is left
 * alone, with PROFILE_PATH pointing at a draft inside the copy.
 */

const NOT_COPIED = new Set(["node_modules", ".next", "out", ".git", "test-results", "playwright-report", ".vercel"]);
const DRAFT = "content/draft.md";
const run = promisify(execFile);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function copyProject(): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), "authoring-"));
  const copied = (source: string) => !NOT_COPIED.has(path.relative(ROOT, source).split(path.sep)[0] ?? "");
  await cp(ROOT, copy, { recursive: true, filter: copied });
  // Turbopack needs real files: a symlinked node_modules resolves outside the project root. Hard links are real files.
  const [from, to] = [path.join(ROOT, "node_modules"), path.join(copy, "node_modules")];
  await run("cp", ["-al", from, to]).catch(async () => {
    await rm(to, { recursive: true, force: true });
    await run("cp", ["-a", from, to]);
  });
  return copy;
}

async function waitUntilServing(url: string, server: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next dev exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next dev did not answer ${url} in time`);
}

test.describe("editing the content file under next dev", () => {
  test.describe.configure({ timeout: 120_000 });

  let copy = "";
  let server: ChildProcess | undefined;
  let baseUrl = "";
  let log = "";

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    copy = await copyProject();
    await writeFile(path.join(copy, DRAFT), await readFile(SEED_PROFILE, "utf8"));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // Its own process group, so the server and its workers stop together.
    server = spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", "dev", "-p", String(port), "-H", "127.0.0.1"],
      {
        cwd: copy,
        env: { ...process.env, PROFILE_PATH: DRAFT, NEXT_TELEMETRY_DISABLED: "1" },
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    await waitUntilServing(`${baseUrl}/`, server, Date.now() + 90_000);
  });

  test.afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  test("saving the file updates the open page without a reload", async ({ page }) => {
    await page.goto(`${baseUrl}/`);
    const main = page.getByRole("main");
    await expect(main).toContainText("Hello, I am currently a senior staff researcher");
    await page.waitForLoadState("networkidle");
    // A mark on this document: a full reload would lose it.
    await page.evaluate(() => document.documentElement.setAttribute("data-before-edit", ""));

    const draft = path.join(copy, DRAFT);
    const source = await readFile(draft, "utf8");
    const edited = source
      .replace("Hello, I am currently", "Good news: I am currently")
      .replace("## Updates\n\n", "## Updates\n\n- Jul 2025: Saved just now.\n");
    await writeFile(draft, edited);

    await expect(main, log).toContainText("Good news: I am currently", { timeout: 30_000 });
    await expect(page.getByTestId("update").first()).toContainText("Saved just now.");
    await expect(page.locator("html[data-before-edit]")).toHaveCount(1);

    // And a reload, or another page, shows the same.
    await page.goto(`${baseUrl}/updates`);
    await expect(page.getByTestId("update").first()).toContainText("Saved just now.");
  });
});
