import type { Profile } from "../profile/model";
import { sectionsOf } from "../profile/select";
import { firstSentence, truncateWords } from "./sentences";

/** Where the site is served, for the absolute URLs that leave it: canonical links, feed, sitemap, citations. */
export interface Site {
  /** Scheme and host (and any base path), without a trailing slash: "https://jue.example.org". */
  url: string;
  /** Page URLs end in "/", as the static export writes them (`trailingSlash` in next.config.ts). */
  trailingSlash: boolean;
}

const LOCAL_URL = "http://localhost:3000";

function normalizeUrl(raw: string): string {
  // "jue.example.org" is what people paste; a URL needs its scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(`SITE_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** Environment variables; those read here are SITE_URL, VERCEL_PROJECT_PRODUCTION_URL and STATIC_EXPORT. */
export type SiteEnv = Readonly<Record<string, string | undefined>>;

/**
 * `SITE_URL`; on Vercel, the project's production domain (set at build time);
 * otherwise the address of `npm run dev`.
 */
export function siteFromEnv(env: SiteEnv = process.env): Site {
  const configured = env.SITE_URL?.trim() || env.VERCEL_PROJECT_PRODUCTION_URL?.trim() || LOCAL_URL;
  return { url: normalizeUrl(configured), trailingSlash: env.STATIC_EXPORT === "1" };
}

const FILE_NAME = /\/[^/]*\.[a-z0-9]+$/i;

/** The address of a path on the site, written as the site serves it ("/publications/" in a static export). */
export function absoluteUrl(site: Site, path: string): string {
  const [pathname = "/", hash] = path.split("#", 2);
  const slashed =
    site.trailingSlash && !pathname.endsWith("/") && !FILE_NAME.test(pathname) ? `${pathname}/` : pathname;
  return `${site.url}${slashed}${hash === undefined ? "" : `#${hash}`}`;
}

const DESCRIPTION_LIMIT = 200;

/** Front matter `description`, else the first sentence of the bio, else a line built from the name. */
export function siteDescription(profile: Profile): string {
  const written = profile.frontMatter.description;
  if (typeof written === "string" && written.trim()) return written.trim();
  const bio = sectionsOf(profile, "intro").find((section) => section.text.trim());
  if (bio) return truncateWords(firstSentence(bio.text), DESCRIPTION_LIMIT);
  return `${profile.name}: publications and news.`;
}
