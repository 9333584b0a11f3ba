import { suiteConfig } from "../support/config";

/**
 * `npm run test:export`: checks out/, written by `STATIC_EXPORT=1 npm run build`
 * from content/profile.md. The suite serves the folder itself the way a plain
 * static host would (e2e/support/static-host.ts), so there is no Next.js server to start.
 */
export default suiteConfig({ name: "export" });
