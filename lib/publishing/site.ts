import { config, type Config } from "../config";
import type { FileSource, Profile } from "../profile/model";
import { sectionsOf } from "../profile/select";
import { pageHref } from "./paths";
import { firstSentence, truncateWords } from "./sentences";

/** Where the site is served, for the absolute URLs that leave it: canonical links, feed, sitemap, citations. */
export interface Site {
  /** Scheme and host (and any base path), without a trailing slash: "https://jue.example.org". */
  url: string;
  /** Page URLs end in "/", as the static export writes them (`trailingSlash` in next.config.ts). */
  trailingSlash: boolean;
  /**
   * Whether the build was told its address. Links that must leave the site
   * (canonical, feed) fall back to the dev server's; text a reader sees, such
   * as a printed CV's website line, is left out instead.
   */
  addressKnown: boolean;
}

/** The address of `npm run dev`, for a site built without being told where it will live. */
const LOCAL_SITE_URL = "http://localhost:3000";

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

/** The site the environment describes (lib/config.ts). */
export function siteFromEnv({ siteUrl, staticExport }: Config = config): Site {
  return { url: normalizeUrl(siteUrl ?? LOCAL_SITE_URL), trailingSlash: staticExport, addressKnown: siteUrl !== null };
}

/** The address of a path on the site, written as the site serves it (see pageHref). */
export function absoluteUrl(site: Site, path: string): string {
  return `${site.url}${pageHref(path, site.trailingSlash)}`;
}

/** A file's address for readers elsewhere (a link preview, a search engine): absolute, wherever it is. */
export function absoluteFileUrl(site: Site, source: FileSource): string {
  return source.kind === "local" ? absoluteUrl(site, source.path) : source.url;
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
