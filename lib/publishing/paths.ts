import type { Profile } from "../profile/model";
import { getPublications } from "../profile/select";

export const HOME_PATH = "/";
export const PUBLICATIONS_PATH = "/publications";
export const UPDATES_PATH = "/updates";
export const FEED_PATH = "/feed.xml";
export const BIBLIOGRAPHY_PATH = "/publications.bib";

export function publicationPath(id: string): string {
  return `${PUBLICATIONS_PATH}/${id}`;
}

/** Every HTML page of the site, in reading order. */
export function pagePaths(profile: Profile): string[] {
  return [HOME_PATH, PUBLICATIONS_PATH, UPDATES_PATH, ...getPublications(profile).map(({ id }) => publicationPath(id))];
}

/** The link-preview image (app/opengraph-image.tsx); a file name with an extension, so static hosts serve it as a PNG. */
export const SOCIAL_IMAGE_ID = "card.png";
export const SOCIAL_IMAGE_PATH = `/opengraph-image/${SOCIAL_IMAGE_ID}`;
