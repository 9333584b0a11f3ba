/**
 * The contract between lib/ (which reads the author's markdown) and app/
 * (which renders it). Everything here is plain, JSON-serializable data so it
 * can cross into client components and be printed by `npm run check -- --json`.
 */

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  message: string;
  /** 1-based line in the content file; null when the problem has no single line. */
  line: number | null;
}

/** Sanitized HTML rendered from the author's markdown, safe to inject. */
export type SafeHtml = string;

export type FrontMatterValue =
  string | number | boolean | null | FrontMatterValue[] | { [key: string]: FrontMatterValue };

/** A calendar month as written by the author ("May 2025", "2021"). */
export interface YearMonth {
  year: number;
  /** 1–12, or null when only a year was written. */
  month: number | null;
}

export type PeriodEnd = YearMonth | "present";

export interface Period {
  start: YearMonth | null;
  end: PeriodEnd | null;
}

export interface Link {
  label: string;
  href: string;
}

/**
 * A file the profile points at (a photo, a teaser, a CV), and where the site
 * serves it: a file of the author's (beside the content file, or in public/),
 * or an address elsewhere, used as is.
 */
export type FileSource =
  | {
      kind: "local";
      /** The file, relative to the project root (absolute when outside it). */
      file: string;
      /** The site path it is served at: "/files/photo.jpg" beside the content file, "/photo.jpg" from public/. */
      path: string;
    }
  | { kind: "remote"; url: string };

export interface ImageSize {
  width: number;
  height: number;
}

export interface Image {
  source: FileSource;
  /** The image's alternative text as written; may be empty. */
  alt: string;
  /** In pixels: known for a local file once load.ts has read it; null for a remote image, which is never fetched. */
  size: ImageSize | null;
  line: number;
}

/** A document the author links to, such as their CV. */
export interface LinkedFile {
  source: FileSource;
  line: number;
}

export interface Author {
  name: string;
  /** The site owner, highlighted wherever authors are listed. */
  isSelf: boolean;
  equalContribution: boolean;
  /** Marked as the corresponding author ("†", "✉", or the mark the page's legend gives). */
  corresponding: boolean;
}

export type VenueKind = "conference" | "workshop" | "journal" | "preprint" | "thesis" | "other";

export interface Venue {
  /** Short name as the author wrote it: "ICML", "TMLR", "arXiv". */
  short: string;
  kind: VenueKind;
}

export interface Publication {
  kind: "publication";
  /** Stable slug, unique within the profile; used in URLs and anchors. */
  id: string;
  title: string;
  url: string | null;
  authors: Author[];
  venue: Venue | null;
  year: number | null;
  /** The venue line exactly as written, e.g. "In Proc. of ICML 2023." */
  venueLine: string | null;
  links: Link[];
  /** Titles of the research areas that cite this publication. */
  topics: string[];
  /** Distinctions such as "Oral" or "Spotlight". */
  badges: string[];
  /** An image in the entry: its thumbnail on lists, and a larger figure and link preview on its page. */
  teaser: Image | null;
  /** A paragraph that begins "Abstract", a blockquote or a `<details>` block in the entry. */
  abstract: Abstract | null;
  /** Anything else the author wrote in the entry (an award line, a note). */
  extraHtml: SafeHtml | null;
  line: number;
}

export interface Abstract {
  html: SafeHtml;
  text: string;
}

export interface Update {
  kind: "update";
  date: YearMonth;
  html: SafeHtml;
  text: string;
  line: number;
}

export interface Position {
  kind: "position";
  organization: string;
  /** Role for experience, degree for education. */
  title: string | null;
  period: Period;
  /** Details under the entry, such as a nested list of projects. */
  extraHtml: SafeHtml | null;
  line: number;
}

/**
 * Markdown inside a structured section that is not one of its entries: a list
 * item the parser could not understand (which also gets a diagnostic), or a
 * remark such as "* equal contribution" between entries. Shown as written, in place.
 */
export interface UnparsedBlock {
  kind: "unparsed";
  html: SafeHtml;
  text: string;
  line: number;
}

export interface ResearchItem {
  label: string;
  /** The parenthesised remark after the label, e.g. "ICML23, Oral". */
  remark: string | null;
  href: string | null;
  publicationId: string | null;
  line: number;
}

export interface ResearchArea {
  title: string;
  /** URL-safe form of the title, as used by the `topic` filter. */
  slug: string;
  items: ResearchItem[];
}

interface SectionBase {
  /** The heading as written; null for content before the first heading. */
  heading: string | null;
  line: number;
}

export interface IntroSection extends SectionBase {
  kind: "intro";
  html: SafeHtml;
  text: string;
}

export interface ResearchSection extends SectionBase {
  kind: "research";
  /** The sentence that introduces the areas, if the author wrote one. */
  leadHtml: SafeHtml | null;
  areas: ResearchArea[];
}

export interface UpdatesSection extends SectionBase {
  kind: "updates";
  items: Array<Update | UnparsedBlock>;
}

export interface ExperienceSection extends SectionBase {
  kind: "experience";
  items: Array<Position | UnparsedBlock>;
}

export interface EducationSection extends SectionBase {
  kind: "education";
  items: Array<Position | UnparsedBlock>;
}

export interface PublicationsSection extends SectionBase {
  kind: "publications";
  items: Array<Publication | UnparsedBlock>;
}

export interface ContactSection extends SectionBase {
  kind: "contact";
  addressLines: string[];
  email: string | null;
  /** Anything else in the section (a phone line, a list), kept as written. */
  extraHtml: SafeHtml | null;
}

export interface OtherSection extends SectionBase {
  kind: "other";
  html: SafeHtml;
}

export type Section =
  | IntroSection
  | ResearchSection
  | UpdatesSection
  | ExperienceSection
  | EducationSection
  | PublicationsSection
  | ContactSection
  | OtherSection;

export type SectionKind = Section["kind"];

/** A service the owner has a profile on, named as its front-matter key under `links:`. */
export type ProfileService =
  | "scholar"
  | "orcid"
  | "dblp"
  | "semantic_scholar"
  | "openreview"
  | "github"
  | "gitlab"
  | "linkedin"
  | "x"
  | "bluesky"
  | "mastodon"
  | "youtube"
  | "website"
  | "email";

/**
 * One of the owner's profiles elsewhere: a service the site has a mark for,
 * or any other link the front matter's `links:` names, labelled by its key.
 */
export type ProfileLink =
  | { kind: "service"; service: ProfileService; label: string; href: string }
  | { kind: "other"; label: string; href: string };

/** Where the owner's name was found, so `npm run check` can say so. */
export type NameSource =
  | { kind: "front matter"; field: "name" | "author" | "title" }
  | { kind: "heading"; line: number }
  | { kind: "publications"; line: number; authorLines: number };

export interface Profile {
  /** The owner's name: front matter `name`, `author` or `title`, else the page's title heading, else the bold self-name of the publications. */
  name: string;
  /** null when no name was found (an error diagnostic says so). */
  nameSource: NameSource | null;
  /** Front matter `date`, as an ISO date (YYYY-MM-DD), or null. */
  updated: string | null;
  frontMatter: Record<string, FrontMatterValue>;
  /** The owner's profiles elsewhere: the front matter's `links:`, then those written in the intro and contact section. */
  links: ProfileLink[];
  /** The owner's photo: front matter `photo`, else the first image in the intro (which then leaves the intro). */
  photo: Image | null;
  /** The owner's CV as a document: front matter `cv` written as a file or an address, else an intro link named "CV" or "Resume". */
  cvDocument: LinkedFile | null;
  /** Front matter `author_limit` (default 10): past it, lists fold a paper's authors. */
  authorLimit: number;
  sections: Section[];
  diagnostics: Diagnostic[];
  /** Path of the content file relative to the project root, for messages. */
  source: string;
}
