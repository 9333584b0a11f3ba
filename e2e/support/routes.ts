import type { Profile, Publication } from "../../lib/profile/model";
import { getPublications } from "../../lib/profile/select";
import {
  CV_PATH,
  HOME_PATH,
  pagePaths,
  PUBLICATIONS_PATH,
  publicationPath,
  UPDATES_PATH,
} from "../../lib/publishing/paths";

/** A page of the site, for the checks that run on all of them. */
export interface Route {
  name: string;
  path: string;
  status: number;
}

export const NOT_FOUND_PATH = "/this-page-does-not-exist";

/** Every page a profile gives the site, from the parser's view of it, and the 404 page. */
export function siteRoutes(profile: Profile): Route[] {
  return [
    ...pagePaths(profile).map((path) => ({ name: path, path, status: 200 })),
    { name: "not found", path: NOT_FOUND_PATH, status: 404 },
  ];
}

/** The paper that comes first by a measure, the earliest listed among equals. */
function most(publications: Publication[], measure: (publication: Publication) => number): Publication | undefined {
  return publications.reduce<Publication | undefined>(
    (best, publication) => (best === undefined || measure(publication) > measure(best) ? publication : best),
    undefined,
  );
}

/**
 * The pages worth a browser's slower checks (axe in two colour schemes, the
 * console): the lists, the CV, the 404 page, and the papers most likely to differ from
 * the others (the first and last listed, the most authors, the most links, the
 * longest notes). Papers share one template, and a profile may list hundreds.
 */
export function representativeRoutes(profile: Profile): Route[] {
  const publications = getPublications(profile);
  const papers = new Set(
    [
      publications[0],
      publications.at(-1),
      most(publications, (publication) => publication.authors.length),
      most(publications, (publication) => publication.links.length),
      most(publications, (publication) => publication.extraHtml?.length ?? 0),
    ].flatMap((publication) => (publication ? [publicationPath(publication.id)] : [])),
  );
  return [
    ...[HOME_PATH, PUBLICATIONS_PATH, UPDATES_PATH, CV_PATH, ...papers].map((path) => ({
      name: path,
      path,
      status: 200,
    })),
    { name: "not found", path: NOT_FOUND_PATH, status: 404 },
  ];
}
