import { profileServer, suiteConfig } from "../support/config";
import { port } from "../support/paths";

const PROFILE = "test/profiles/features.md";

/**
 * `npm run test:features`: the site built from test/profiles/features.md (a
 * photo, profile links, a CV, teasers local and remote, abstracts, highlights,
 * a fifty-author paper), every test run on the server build and on the static
 * export served as a plain host serves it.
 */
export default suiteConfig({
  name: "features",
  sites: [
    {
      name: "server",
      webServer: profileServer({ name: "features", profile: PROFILE, port: port(3540), timeout: 240_000 }),
    },
    {
      name: "export",
      webServer: profileServer({
        name: "features-export",
        profile: PROFILE,
        port: port(3541),
        timeout: 240_000,
        staticExport: true,
      }),
    },
  ],
});
