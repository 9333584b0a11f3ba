import { config } from "../config";
import type { FileSource, Profile } from "../profile/model";
import { getPublications } from "../profile/select";

export const HOME_PATH = "/";
export const PUBLICATIONS_PATH = "/publications";
export const UPDATES_PATH = "/updates";
export const CV_PATH = "/cv";
export const FEED_PATH = "/feed.xml";
export const BIBLIOGRAPHY_PATH = "/publications.bib";

export function publicationPath(id: string): string {
  return `${PUBLICATIONS_PATH}/${id}`;
}

/** Every HTML page of the site, in reading order. */
export function pagePaths(profile: Profile): string[] {
  return [
    HOME_PATH,
    PUBLICATIONS_PATH,
    UPDATES_PATH,
    CV_PATH,
    ...getPublications(profile).map(({ id }) => publicationPath(id)),
  ];
}

/**
 * How many papers' pages a server build writes ahead, in the author's order.
 * The rest render on their first visit and are cached from then on, so a
 * profile with thousands of papers builds in minutes rather than writing a
 * page per paper. A static export has no server to render them later, so it
 * writes them all.
 */
export const PRERENDERED_PAPERS = 500;

export function prerenderedPublicationIds(profile: Profile, staticExport = config.staticExport): string[] {
  const ids = getPublications(profile).map(({ id }) => id);
  return staticExport ? ids : ids.slice(0, PRERENDERED_PAPERS);
}

/** The link-preview image (app/opengraph-image.tsx); a file name with an extension, so static hosts serve it as a PNG. */
export const SOCIAL_IMAGE_ID = "card.png";
export const SOCIAL_IMAGE_PATH = `/opengraph-image/${SOCIAL_IMAGE_ID}`;

const FILE_NAME = /\/[^/]*\.[a-z0-9]+$/i;

/**
 * A path on the site as the site serves it, for links and absolute URLs alike.
 * A static export is built with trailing slashes (each page a folder with an
 * index.html, see next.config.ts), so its page paths carry the slash too and
 * static hosts serve them without a redirect; files keep their names.
 */
export function pageHref(path: string, trailingSlash = config.staticExport): string {
  const [pathname = "/", hash] = path.split("#", 2);
  const slashed = trailingSlash && !pathname.endsWith("/") && !FILE_NAME.test(pathname) ? `${pathname}/` : pathname;
  return hash === undefined ? slashed : `${slashed}#${hash}`;
}

/** Where a page links to a file of the author's: its path on this site, or its address elsewhere. */
export function fileHref(source: FileSource): string {
  return source.kind === "local" ? source.path : source.url;
}

/** The author's own CV document, as the header's button and the /cv page link to it. */
export interface CvDocumentLink {
  href: string;
  /**
   * Says what it is ("CV (PDF)"), since the navigation's "CV" is the
   * generated page: two links named alike going to different places mislead.
   */
  label: string;
}

export function cvDocumentLink(profile: Profile): CvDocumentLink | null {
  if (!profile.cvDocument) return null;
  const href = fileHref(profile.cvDocument.source);
  const isPdf = /\.pdf$/i.test(new URL(href, "https://site.invalid").pathname);
  return { href, label: isPdf ? "CV (PDF)" : "CV document" };
}
