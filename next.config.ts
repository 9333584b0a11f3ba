import { existsSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { config } from "./lib/config";
import { commonSecurityHeaders, contentSecurityPolicy } from "./lib/security/security-headers";

// A static export writes the whole site to out/ for any static host; trailing slashes make every
// page a folder with an index.html, which every host serves (the links follow: lib/publishing/paths.ts).
const staticExport: NextConfig = config.staticExport ? { output: "export", trailingSlash: true } : {};

const baseConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Thousands of papers make /publications one very long page; on a slow or busy builder it outlasts Next's default
  // limit for one page and fails the whole build (seen in `npm run test:large` on a loaded 2-core machine).
  staticPageGenerationTimeout: 300,
  ...staticExport,
};

/**
 * The content file as a path inside the project (the same rule as
 * lib/profile/load.ts), or null for a file elsewhere, which neither Turbopack
 * nor a deployment sees.
 */
function profileInProject(): string | null {
  const relative = path.relative(process.cwd(), path.resolve(config.profilePath));
  if (relative.startsWith("..") || path.isAbsolute(relative) || !existsSync(relative)) return null;
  return relative.split(path.sep).join("/");
}

/**
 * Papers past the prerendered ones render on a server's first visit
 * (lib/publishing/paths.ts), so the content file ships with that route. The
 * key is a glob, hence the escaped brackets of the route's name.
 */
function withProfileTraced(config: NextConfig): NextConfig {
  const profile = profileInProject();
  return profile ? { ...config, outputFileTracingIncludes: { "/publications/\\[id\\]": [profile] } } : config;
}

/**
 * In `next dev`, puts the content file into Turbopack's module graph:
 * app/_dev/watch-profile.ts imports it through this alias, so saving the file
 * refreshes open pages as saving a component does. Builds never alias it (the
 * import is an empty string there), which keeps the drafts in its comments out
 * of the bundle.
 */
function watchProfile(): NextConfig["turbopack"] {
  const profile = profileInProject();
  // A file elsewhere still shows its edits on reload.
  if (!profile) return undefined;
  const request = `./${profile}`;
  return { resolveAlias: { "@/app/_dev/profile-source": request }, rules: { [request]: { type: "raw" } } };
}

/**
 * Security headers on every response; a static export cannot send headers (its
 * host must). The production Content-Security-Policy differs per page, so
 * proxy.ts sets it; dev's looser one is the same everywhere.
 */
function withHeaders(config: NextConfig, dev: boolean): NextConfig {
  if (config.output === "export") return config;
  const devPolicy = { key: "Content-Security-Policy", value: contentSecurityPolicy({ kind: "dev" }) };
  const headers = [...commonSecurityHeaders(), ...(dev ? [devPolicy] : [])];
  return { ...config, headers: async () => [{ source: "/:path*", headers }] };
}

export default function nextConfig(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  return withHeaders(dev ? { ...baseConfig, turbopack: watchProfile() } : withProfileTraced(baseConfig), dev);
}
