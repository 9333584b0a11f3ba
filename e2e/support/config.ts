import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { ROOT } from "./paths";

// Playwright cannot download its own browser on the CI machine, which has
// Debian's Chromium instead. On a laptop without it, `npx playwright install
// chromium` provides the browser Playwright expects.
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : undefined;

const TSX = "node node_modules/tsx/dist/cli.mjs";

type WebServer = NonNullable<Exclude<PlaywrightTestConfig["webServer"], unknown[]>>;

/**
 * `next start` on the production build in the project's .next, as one node
 * process, so Playwright can stop it cleanly.
 */
export function projectServer(served: number): WebServer {
  return {
    command: `node node_modules/next/dist/bin/next start -p ${served} -H 127.0.0.1`,
    cwd: ROOT,
    url: `http://127.0.0.1:${served}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  };
}

interface ProfileServer {
  /** Names the private copy of the project the site is built in, under the temp dir. */
  name: string;
  /** The profile the site is built from. */
  profile: string;
  port: number;
  /** Arguments for test/generators/generate-profile.ts, for a profile generated first. */
  generate?: string;
  /** For generating, building and starting the site, in ms. */
  timeout: number;
}

/**
 * The site built from a profile other than content/profile.md, in a private
 * copy of the project (e2e/support/serve-profile.ts), so the project's own
 * .next stays the author's.
 */
export function profileServer({ name, profile, port: served, generate, timeout }: ProfileServer): WebServer {
  const serve = `${TSX} e2e/support/serve-profile.ts ${name} ${profile} ${served}`;
  return {
    command:
      generate === undefined
        ? serve
        : `${TSX} test/generators/generate-profile.ts ${generate} --out ${profile} && ${serve}`,
    cwd: ROOT,
    url: `http://127.0.0.1:${served}`,
    reuseExistingServer: false,
    timeout,
    stderr: "pipe",
  };
}

interface Suite {
  /** The suite's folder, e2e/<name>. */
  name: string;
  webServer?: WebServer;
  /** The address the tests' relative URLs go to, when it is not the web server's. */
  baseURL?: string;
  /** Per test, in ms, when Playwright's default is too short. */
  timeout?: number;
}

/** The Playwright config of one suite: its folder's *.spec.ts files, in Chromium. */
export function suiteConfig({ name, webServer, baseURL, timeout }: Suite): PlaywrightTestConfig {
  return defineConfig({
    testDir: path.join(ROOT, "e2e", name),
    testMatch: "*.spec.ts",
    outputDir: path.join(ROOT, "test-results", name),
    fullyParallel: true,
    workers: 2,
    forbidOnly: Boolean(process.env.CI),
    retries: process.env.CI ? 1 : 0,
    reporter: "list",
    ...(timeout === undefined ? {} : { timeout }),
    use: { baseURL: baseURL ?? webServer?.url, trace: "on-first-retry" },
    projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
    ...(webServer === undefined ? {} : { webServer }),
  });
}
