import { profileServer, suiteConfig } from "../support/config";
import { port } from "../support/paths";
import { LONG_LIST_PROFILE, LONG_LIST_PUBLICATIONS } from "./profile";

/**
 * `npm run test:long-list`: the site built from a generated profile with 1,000
 * publications, where /publications skips its off-screen years and entries.
 */
export default suiteConfig({
  name: "long-list",
  timeout: 60_000,
  webServer: profileServer({
    name: "long-list",
    profile: LONG_LIST_PROFILE,
    generate: `--publications ${LONG_LIST_PUBLICATIONS}`,
    port: port(3530),
    timeout: 300_000,
  }),
});
