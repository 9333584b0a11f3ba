import { profileSuiteConfig } from "./e2e/profile-suite";
import { LONG_LIST_PROFILE, LONG_LIST_PUBLICATIONS } from "./e2e/long-list";

/**
 * `npm run test:long-list`: the site built from a generated profile with 1,000
 * publications, where /publications skips its off-screen years and entries.
 */
export default profileSuiteConfig({
  testMatch: "long-list.e2e.ts",
  port: 3530,
  profile: LONG_LIST_PROFILE,
  generate: `--publications ${LONG_LIST_PUBLICATIONS}`,
  timeout: 60_000,
  serverTimeout: 300_000,
});
