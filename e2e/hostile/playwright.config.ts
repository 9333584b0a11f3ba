import { profileServer, suiteConfig } from "../support/config";
import { port } from "../support/paths";

/** `npm run test:hostile`: the site built from test/profiles/hostile.md, a profile full of injection attempts. */
export default suiteConfig({
  name: "hostile",
  webServer: profileServer({
    name: "hostile",
    profile: "test/profiles/hostile.md",
    port: port(3510),
    timeout: 180_000,
  }),
});
