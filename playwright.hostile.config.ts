import { profileSuiteConfig } from "./e2e/profile-suite";

/** `npm run test:hostile`: the site built from e2e/fixtures/hostile.md, a profile full of injection attempts. */
export default profileSuiteConfig({
  testMatch: "hostile.e2e.ts",
  port: 3510,
  profile: "e2e/fixtures/hostile.md",
  serverTimeout: 180_000,
});
