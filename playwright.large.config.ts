import { defineConfig } from "@playwright/test";
import { LARGE_PROFILE, LARGE_PROFILE_BYTES } from "./e2e/large-profile";
import base from "./playwright.config";

const PORT = 3520;
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * `npm run test:large`: the site built from a generated 5 MB profile
 * (thousands of papers), in a private copy of the project, so the main build
 * stays the seed's.
 */
export default defineConfig({
  ...base,
  testMatch: "large-profile.e2e.ts",
  timeout: 120_000,
  use: { ...base.use, baseURL: BASE_URL },
  webServer: {
    command: [
      `node node_modules/tsx/dist/cli.mjs scripts/generate-profile.ts --bytes ${LARGE_PROFILE_BYTES} --out ${LARGE_PROFILE}`,
      `bash scripts/serve-profile.sh ${LARGE_PROFILE} ${PORT}`,
    ].join(" && "),
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 600_000,
    stderr: "pipe",
  },
});
