import { loadProfile } from "../../lib/profile/load";
import type { Profile } from "../../lib/profile/model";
import { profileServer, projectServer } from "../support/config";
import { builtProfileIsSeed, port, profileBuildDir, ROOT, SEED_PROFILE } from "../support/paths";

const SHARED = builtProfileIsSeed();

/**
 * The seed's site. While the project's own build (`npm run build`) is of the
 * seed, it serves this suite as it serves the content suite; once the author
 * has replaced content/profile.md, the seed is built in a private copy of the project.
 */
export const SEED_SERVER = SHARED
  ? projectServer(port(3110))
  : profileServer({ name: "seed", profile: SEED_PROFILE, port: port(3110), timeout: 300_000 });

/** The project folder whose .next the seed's site is served from. */
export const SEED_BUILD = SHARED ? ROOT : profileBuildDir("seed");

/** The parser's view of the seed, which the site under test was built from. */
export function seedProfile(): Profile {
  return loadProfile(SEED_PROFILE);
}
