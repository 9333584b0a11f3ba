import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { config, DEFAULT_PROFILE_PATH } from "../config";
import { ProfileError } from "./errors";
import type { Profile } from "./model";
import { parseProfile } from "./parse";

/** The content file (lib/config.ts), absolute or relative to the project root; shown relative when inside it. */
export function profilePath(configured: string = config.profilePath): { absolute: string; display: string } {
  // The file is chosen at run time; there is nothing for the bundler to trace.
  const absolute = path.resolve(/* turbopackIgnore: true */ process.cwd(), configured);
  const relative = path.relative(process.cwd(), absolute);
  return { absolute, display: relative.startsWith("..") ? absolute : relative };
}

function readText(absolute: string, display: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(/* turbopackIgnore: true */ absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? `file not found (set PROFILE_PATH or create ${DEFAULT_PROFILE_PATH})`
        : `cannot read the file (${code ?? String(error)})`;
    throw new ProfileError(display, null, reason);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new ProfileError(display, null, "not UTF-8 text; save the file as UTF-8");
  }
}

/** Read and parse the content file, every time. */
export function loadProfile(configured: string = config.profilePath): Profile {
  const { absolute, display } = profilePath(configured);
  return parseProfile(readText(absolute, display), display);
}

let cached: { key: string; profile: Profile } | null = null;

/**
 * The profile every page renders. Parsed once and reused until the file
 * changes, so a build parses it once and `next dev` picks up edits.
 */
export function getProfile(): Profile {
  const { absolute } = profilePath();
  let key = absolute;
  try {
    const stats = statSync(/* turbopackIgnore: true */ absolute);
    key = `${absolute}:${stats.mtimeMs}:${stats.size}`;
  } catch {
    // A missing file is reported by loadProfile with its name.
  }
  if (cached?.key !== key) cached = { key, profile: loadProfile() };
  return cached.profile;
}
