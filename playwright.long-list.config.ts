import { defineConfig } from "@playwright/test";
import { LONG_LIST_PROFILE, LONG_LIST_PUBLICATIONS } from "./e2e/long-list";
import base from "./playwright.config";

const PORT = 3530;
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * `npm run test:long-list`: the site built from a generated profile with 1,000
 * publications, where /publications skips its off-screen years and entries,
 * in a private copy of the project, so the main build stays the seed's.
 */
export default defineConfig({
  ...base,
  testMatch: "long-list.e2e.ts",
  timeout: 60_000,
  use: { ...base.use, baseURL: BASE_URL },
  webServer: {
    command: [
      `node node_modules/tsx/dist/cli.mjs scripts/generate-profile.ts --publications ${LONG_LIST_PUBLICATIONS} --out ${LONG_LIST_PROFILE}`,
      `bash scripts/serve-profile.sh ${LONG_LIST_PROFILE} ${PORT}`,
    ].join(" && "),
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 300_000,
    stderr: "pipe",
  },
});
