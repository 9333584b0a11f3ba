import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readConfig } from "../../lib/config";

/** The project's root folder, whichever suite imports this. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The byte copy of the seed that the seed suite's facts were counted from. */
export const SEED_PROFILE = path.join(ROOT, "test/profiles/seed.md");

/**
 * Whether the file `npm run build` reads (content/profile.md, or PROFILE_PATH)
 * is still the seed, so that the project's own build can serve the seed suite too.
 */
export function builtProfileIsSeed(): boolean {
  const built = path.resolve(ROOT, readConfig(process.env).profilePath);
  return readFileSync(built).equals(readFileSync(SEED_PROFILE));
}

// E2E_PORT_OFFSET moves every suite's ports, so two checkouts can run their tests side by side.
const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);

export function port(base: number): number {
  return base + PORT_OFFSET;
}

/** Where e2e/support/serve-profile.ts builds a profile's site. */
export function profileBuildDir(name: string): string {
  return path.join(process.env.TMPDIR ?? os.tmpdir(), `researcher-site-${name}`);
}
