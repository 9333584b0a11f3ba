import type { Profile } from "../../lib/profile/model";
import { pagePaths } from "../../lib/publishing/paths";

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
