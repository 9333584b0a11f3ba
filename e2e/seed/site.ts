import { profileServer, projectServer } from "../support/config";
import { contentIsSeed, port, profileBuildDir, ROOT, SEED_PROFILE } from "../support/paths";

// The workers parse the seed as the build did (publishing.spec.ts compares the pages with the parser's view).
process.env.PROFILE_PATH = SEED_PROFILE;

const SHARED = contentIsSeed();

/**
 * The seed's site. While content/profile.md is still the seed, the project's
 * own build (`npm run build`) is the seed's and serves this suite as it serves
 * the content suite; once the author has replaced the file, the seed is built
 * in a private copy of the project.
 */
export const SEED_SERVER = SHARED
  ? projectServer(port(3110))
  : profileServer({ name: "seed", profile: SEED_PROFILE, port: port(3110), timeout: 300_000 });

/** The project folder whose .next the seed's site is served from. */
export const SEED_BUILD = SHARED ? ROOT : profileBuildDir("seed");
