import type { ContactSection, Position, Profile, Publication, SafeHtml, UnparsedBlock } from "../profile/model";
import { sectionsOf } from "../profile/select";
import { authorMarksOf, type AuthorMarks } from "./authorship";
import { byNewestYear, groupByYear } from "./chronology";
import type { CvOptions } from "./cv-options";
import { currentRole } from "./current-role";
import { foldForSearch } from "./search-text";
import { headedSections } from "./section-headings";
import { attachUnparsed, type EntryWithUnparsed } from "./unparsed";
import { VENUE_KINDS, venueKindHeading, venueKindOf } from "./venue-kinds";

export interface CvPublicationGroup {
  heading: string;
  /** Unique on the page. */
  headingId: string;
  /** The number of the group's first paper: papers are numbered on through the groups. */
  start: number;
  publications: EntryWithUnparsed<Publication>[];
}

/** The profile as a curriculum vitae lists it; nothing here is not in the profile. */
export interface CurriculumVitae {
  name: string;
  role: string | null;
  contact: ContactSection | null;
  /** The contact section's address lines as one line: "251 Rhode Island St, Together AI, San Francisco". */
  address: string | null;
  education: Array<Position | UnparsedBlock>;
  experience: Array<Position | UnparsedBlock>;
  /** What the author wrote above the first paper, such as a note on the marks. */
  publicationsLead: UnparsedBlock[];
  publicationGroups: CvPublicationGroup[];
  publicationCount: number;
  authorMarks: AuthorMarks;
  /** The sections the parser did not recognise (awards, teaching, …), those the options keep, in the author's order. */
  otherSections: CvOtherSection[];
}

export interface CvOtherSection {
  heading: string;
  headingId: string;
  html: SafeHtml;
}

type Grouped = Array<{ heading: string; key: string; publications: EntryWithUnparsed<Publication>[] }>;

function byYear(entries: EntryWithUnparsed<Publication>[]): Grouped {
  return groupByYear(entries, ({ entry }) => entry.year).map(({ year, items }) => ({
    heading: year === null ? "Undated" : String(year),
    key: String(year ?? "undated"),
    publications: items,
  }));
}

function byKind(entries: EntryWithUnparsed<Publication>[]): Grouped {
  return VENUE_KINDS.map((kind) => ({
    heading: venueKindHeading(kind),
    key: kind,
    publications: entries.filter(({ entry }) => venueKindOf(entry) === kind),
  })).filter(({ publications }) => publications.length > 0);
}

function numbered(groups: Grouped): CvPublicationGroup[] {
  let start = 1;
  return groups.map(({ heading, key, publications }) => {
    const group = { heading, headingId: `cv-publications-${key}`, start, publications };
    start += publications.length;
    return group;
  });
}

function keptSections(profile: Profile, sections: CvOptions["sections"]): CvOtherSection[] {
  const others = headedSections(profile.sections).flatMap(({ section, heading, headingId }) =>
    section.kind === "other" ? [{ heading, headingId: `cv-${headingId}`, html: section.html }] : [],
  );
  if (sections === "all") return others;
  const kept = new Set(sections.map((heading) => foldForSearch(heading.trim())));
  return others.filter(({ heading }) => kept.has(foldForSearch(heading)));
}

/** Lines joined with a comma, unless the author ended the line with one already. */
export function addressLine(lines: readonly string[]): string | null {
  const parts = lines.map((line) => line.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  return parts.reduce((joined, part) => `${joined}${/[,;]$/.test(joined) ? " " : ", "}${part}`);
}

export function curriculumVitae(profile: Profile, options: CvOptions): CurriculumVitae {
  const { leading, entries } = attachUnparsed(sectionsOf(profile, "publications").flatMap(({ items }) => items));
  const newestFirst = entries.toSorted((a, b) => byNewestYear(a.entry, b.entry));
  const contact = sectionsOf(profile, "contact")[0] ?? null;
  const grouped = options.publications === "by-kind" ? byKind(newestFirst) : byYear(newestFirst);
  return {
    name: profile.name,
    role: currentRole(profile),
    contact,
    address: addressLine(contact?.addressLines ?? []),
    education: sectionsOf(profile, "education").flatMap(({ items }) => items),
    experience: sectionsOf(profile, "experience").flatMap(({ items }) => items),
    publicationsLead: leading,
    publicationGroups: numbered(grouped),
    publicationCount: entries.length,
    authorMarks: authorMarksOf(entries.map(({ entry }) => entry)),
    otherSections: keptSections(profile, options.sections),
  };
}
