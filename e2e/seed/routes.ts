import { NOT_FOUND_PATH, type Route } from "../support/routes";

/** The seed's pages, among them two papers worth a look of their own. */
export const PAGES: Route[] = [
  { name: "home", path: "/", status: 200 },
  { name: "publications", path: "/publications", status: 200 },
  { name: "updates", path: "/updates", status: 200 },
  { name: "cv", path: "/cv", status: 200 },
  // A paper's own page: one with links, equal contributors and a conference; one undated journal paper with fifty authors.
  { name: "publication", path: "/publications/cocktailsgd", status: 200 },
  { name: "undated journal publication", path: "/publications/holistic-evaluation-of-language-models", status: 200 },
  { name: "not found", path: NOT_FOUND_PATH, status: 404 },
];

/** Filtered states of /publications worth checking as pages of their own. */
export const FILTERED_PAGES: Route[] = [
  { name: "publications filtered", path: "/publications?venue=ICML&year=2023", status: 200 },
  { name: "publications with no match", path: "/publications?venue=TMLR&year=2025", status: 200 },
  { name: "publications by first author", path: "/publications?role=first", status: 200 },
];
