import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT_OFFSET moves every suite's ports, so two checkouts can run their tests side by side.
export const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
const PORT = 3100 + PORT_OFFSET;
const BASE_URL = `http://127.0.0.1:${PORT}`;

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

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  use: {
    baseURL: BASE_URL,
    trace: "on-first-retry",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
  ],
  // The tests run against the production build (`npm run build` comes first in
  // `npm test`). One node process, so Playwright can stop it cleanly.
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
