/**
 * The environment the site reads, in one place and read once: which content
 * file, where the site is served, and whether the build is a static export.
 * Every other module asks this one, so each variable's name and default are
 * written only here.
 */

export const DEFAULT_PROFILE_PATH = "content/profile.md";

export interface Config {
  /** `PROFILE_PATH`: the content file, absolute or relative to the project root. */
  profilePath: string;
  /**
   * `SITE_URL`; on Vercel, the project's production domain (set at build
   * time); null when the build is not told where it will live. As written:
   * lib/publishing/site.ts makes it a URL.
   */
  siteUrl: string | null;
  /** `STATIC_EXPORT=1`: `next build` writes the whole site to out/ for any static host. */
  staticExport: boolean;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export function readConfig(env: Environment): Config {
  return {
    profilePath: env.PROFILE_PATH?.trim() || DEFAULT_PROFILE_PATH,
    siteUrl: env.SITE_URL?.trim() || env.VERCEL_PROJECT_PRODUCTION_URL?.trim() || null,
    staticExport: env.STATIC_EXPORT === "1",
  };
}

/** This process's configuration. */
export const config: Config = readConfig(process.env);
