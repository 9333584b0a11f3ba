import os from "node:os";
import path from "node:path";

/** The generated 5 MB profile `npm run test:large` builds the site from. */
export const LARGE_PROFILE = path.join(process.env.TMPDIR ?? os.tmpdir(), "researcher-site-large.md");
export const LARGE_PROFILE_BYTES = 5_000_000;
