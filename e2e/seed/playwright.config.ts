import { SEED_SERVER } from "./site";
import { suiteConfig } from "../support/config";

/** `npm run test:seed`: the seed's own facts (e2e/seed/facts.ts), on the site built from test/profiles/seed.md. */
export default suiteConfig({ name: "seed", webServer: SEED_SERVER });
