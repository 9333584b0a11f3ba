import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const PORT = 3510;
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * `npm run test:hostile`: the site built from e2e/fixtures/hostile.md, a
 * profile full of injection attempts, in a private copy of the project
 * (scripts/serve-profile.sh), so the main build stays the seed's.
 */
export default defineConfig({
  ...base,
  testMatch: "hostile.e2e.ts",
  use: { ...base.use, baseURL: BASE_URL },
  webServer: {
    command: `bash scripts/serve-profile.sh e2e/fixtures/hostile.md ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
