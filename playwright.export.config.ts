import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * `npm run test:export`: checks out/, written by `STATIC_EXPORT=1 npm run build`.
 * The suite serves the folder itself the way a plain static host would
 * (e2e/static-host.ts), so there is no Next.js server to start.
 */
export default defineConfig({
  ...base,
  testMatch: ["static-export.spec.ts", "static-export-privacy.spec.ts", "static-export-csp.spec.ts"],
  webServer: undefined,
  use: { ...base.use, baseURL: undefined },
});
