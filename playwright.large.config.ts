import { profileSuiteConfig } from "./e2e/profile-suite";
import { LARGE_PROFILE, LARGE_PROFILE_BYTES } from "./e2e/large-profile";

/** `npm run test:large`: the site built from a generated 5 MB profile (thousands of papers). */
export default profileSuiteConfig({
  testMatch: "large-profile.e2e.ts",
  port: 3520,
  profile: LARGE_PROFILE,
  generate: `--bytes ${LARGE_PROFILE_BYTES}`,
  timeout: 120_000,
  serverTimeout: 600_000,
});
