import { profileServer, suiteConfig } from "../support/config";
import { port } from "../support/paths";
import { LARGE_PROFILE, LARGE_PROFILE_BYTES } from "./profile";

/** `npm run test:large`: the site built from a generated 5 MB profile (thousands of papers). */
export default suiteConfig({
  name: "large",
  timeout: 120_000,
  webServer: profileServer({
    name: "large",
    profile: LARGE_PROFILE,
    generate: `--bytes ${LARGE_PROFILE_BYTES}`,
    port: port(3520),
    timeout: 600_000,
  }),
});
