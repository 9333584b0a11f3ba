import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import base, { PORT_OFFSET } from "../playwright.config";

interface ProfileSuite {
  /** The suite's spec file in e2e/. */
  testMatch: string;
  port: number;
  /** The profile the site is built from. */
  profile: string;
  /** Arguments for scripts/generate-profile.ts, for a profile generated first. */
  generate?: string;
  /** Per test, in ms, when Playwright's default is too short. */
  timeout?: number;
  /** For generating, building and starting the site, in ms. */
  serverTimeout: number;
}

/**
 * The Playwright config of a suite run against the site built from a profile
 * other than the seed, in a private copy of the project
 * (scripts/serve-profile.sh), so the main build stays the seed's.
 */
export function profileSuiteConfig({
  testMatch,
  port,
  profile,
  generate,
  timeout,
  serverTimeout,
}: ProfileSuite): PlaywrightTestConfig {
  const served = port + PORT_OFFSET;
  const baseURL = `http://127.0.0.1:${served}`;
  const serve = `bash scripts/serve-profile.sh ${profile} ${served}`;
  return defineConfig({
    ...base,
    testMatch,
    ...(timeout === undefined ? {} : { timeout }),
    use: { ...base.use, baseURL },
    webServer: {
      command:
        generate === undefined
          ? serve
          : `node node_modules/tsx/dist/cli.mjs scripts/generate-profile.ts ${generate} --out ${profile} && ${serve}`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: serverTimeout,
      stderr: "pipe",
    },
  });
}
