import os from "node:os";
import path from "node:path";

/** The generated profile `npm run test:long-list` builds the site from: a list long enough to skip off-screen years. */
export const LONG_LIST_PROFILE = path.join(process.env.TMPDIR ?? os.tmpdir(), "researcher-site-long-list.md");
export const LONG_LIST_PUBLICATIONS = 1000;
