import { projectServer, suiteConfig } from "../support/config";
import { port } from "../support/paths";

/**
 * `npm run test:content`: what holds for any valid profile, checked on the
 * site `npm run build` made from content/profile.md, the author's own file.
 */
export default suiteConfig({ name: "content", webServer: projectServer(port(3100)) });
