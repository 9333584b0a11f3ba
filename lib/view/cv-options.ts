import type { Diagnostic, FrontMatterValue, Profile } from "../profile/model";
import { foldForSearch } from "./search-text";
import { headedSections } from "./section-headings";

/**
 * The front matter's `cv:` key. A map holds options for the generated /cv
 * page; a string is the author's own CV document (a file or an address),
 * which is another feature's to read, so here it means the defaults.
 *
 *   cv:
 *     publications: by-kind      # or by-year, the default
 *     sections: [Awards, Teaching]  # the other sections to keep; all of them by default
 */
export type PublicationGrouping = "by-year" | "by-kind";

export interface CvOptions {
  publications: PublicationGrouping;
  /** Headings of the sections beyond positions and papers to keep, as the author wrote them; "all" keeps every one. */
  sections: "all" | string[];
}

export const DEFAULT_CV_OPTIONS: CvOptions = { publications: "by-year", sections: "all" };

const GROUPINGS: readonly PublicationGrouping[] = ["by-year", "by-kind"];
const KEYS = ["publications", "sections"] as const;

/** Where a front-matter value was written: the file line, or null when unknown. */
export type FrontMatterLineOf = (path: ReadonlyArray<string | number>) => number | null;

export interface CvOptionsReading {
  options: CvOptions;
  diagnostics: Diagnostic[];
}

type OptionMap = { [key: string]: FrontMatterValue };

function isMap(value: FrontMatterValue | undefined): value is OptionMap {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isGrouping = (value: FrontMatterValue | undefined): value is PublicationGrouping =>
  GROUPINGS.some((grouping) => grouping === value);

const isKnownKey = (key: string): key is (typeof KEYS)[number] => KEYS.some((known) => known === key);

/** The headings of the sections a CV may keep beyond its own: those the parser did not recognise. */
function otherSectionHeadings(profile: Profile): string[] {
  return headedSections(profile.sections)
    .filter(({ section }) => section.kind === "other")
    .map(({ heading }) => heading);
}

/** The options of the generated CV, read from the front matter, with a diagnostic for anything it cannot use. */
export function readCvOptions(profile: Profile, lineOf: FrontMatterLineOf = () => null): CvOptionsReading {
  const value = profile.frontMatter.cv;
  const diagnostics: Diagnostic[] = [];
  const warn = (path: ReadonlyArray<string | number>, message: string) =>
    diagnostics.push({ severity: "warning", message, line: lineOf(path) });

  if (value === undefined || typeof value === "string") return { options: DEFAULT_CV_OPTIONS, diagnostics };
  if (!isMap(value)) {
    warn(["cv"], "cv: expected options such as `{ publications: by-kind }`, or the address of your own CV; ignored");
    return { options: DEFAULT_CV_OPTIONS, diagnostics };
  }

  for (const key of Object.keys(value).filter((key) => !isKnownKey(key)))
    warn(["cv", key], `cv: unknown option "${key}" (the options are ${KEYS.join(", ")}); ignored`);

  let publications = DEFAULT_CV_OPTIONS.publications;
  if (isGrouping(value.publications)) publications = value.publications;
  else if (value.publications !== undefined)
    warn(
      ["cv", "publications"],
      `cv.publications: expected ${GROUPINGS.join(" or ")}, found ${JSON.stringify(value.publications)}; listing ${publications}`,
    );

  return { options: { publications, sections: readSections(profile, value.sections, warn) }, diagnostics };
}

function readSections(
  profile: Profile,
  value: FrontMatterValue | undefined,
  warn: (path: ReadonlyArray<string | number>, message: string) => void,
): CvOptions["sections"] {
  if (value === undefined) return DEFAULT_CV_OPTIONS.sections;
  const listed = typeof value === "string" ? [value] : value;
  if (!Array.isArray(listed) || !listed.every((heading) => typeof heading === "string")) {
    warn(
      ["cv", "sections"],
      "cv.sections: expected a list of section headings, such as [Awards, Teaching]; keeping every section",
    );
    return DEFAULT_CV_OPTIONS.sections;
  }
  const headings = otherSectionHeadings(profile);
  const known = new Set(headings.map(foldForSearch));
  listed.forEach((heading, index) => {
    if (known.has(foldForSearch(heading.trim()))) return;
    const choices =
      headings.length > 0 ? `the other sections are ${headings.join(", ")}` : "there are no other sections";
    warn(["cv", "sections", index], `cv.sections: no section is headed "${heading}" (${choices})`);
  });
  return listed;
}
