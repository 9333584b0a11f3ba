import type { SectionKind, VenueKind } from "../model";

type HeadedKind = Exclude<SectionKind, "intro" | "other">;

/**
 * The words of a heading, as compared: lower case, without "&", apostrophes,
 * emoji or punctuation, and without what only decorates the name on real
 * homepages: a parenthetical remark ("(* denotes equal contribution)"), a
 * bracketed one, or a kramdown attribute list ("{#publications}").
 */
function headingWords(heading: string): string[] {
  return heading
    .toLowerCase()
    .replace(/\{[^{}]*\}|\([^()]*\)|\[[^[\]]*\]/g, " ")
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A kind's heading is made of its words only, and names it at least once: "Recent
 * News", "Industry Experience", "Journal Papers". A head word names the kind; the
 * other words may only qualify it, so "Selected Talks" and "Research" are not
 * publications.
 */
interface Vocabulary {
  heads: string[];
  qualifiers: string[];
  /** Whole names that have no head word. */
  names?: string[];
}

// Checked in this order: "Education Experience" is education, "Research Experience" experience.
const VOCABULARY: Array<[HeadedKind, Vocabulary]> = [
  [
    "education",
    {
      heads: ["education", "educations", "degrees"],
      qualifiers: ["academic", "educational", "background", "experience", "history", "and"],
      names: ["academic background", "educational background"],
    },
  ],
  [
    "updates",
    {
      heads: ["news", "updates", "announcements", "new"],
      qualifiers: [
        "recent",
        "latest",
        "selected",
        "whats",
        "and",
        "some",
        "older",
        "past",
        "previous",
        "earlier",
        "archive",
        "more",
      ],
    },
  ],
  [
    "experience",
    {
      heads: [
        "experience",
        "experiences",
        "employment",
        "internships",
        "internship",
        "appointments",
        "positions",
        "work",
      ],
      qualifiers: ["work", "professional", "research", "industry", "industrial", "academic", "history", "and"],
    },
  ],
  [
    "publications",
    {
      heads: [
        "publications",
        "publication",
        "papers",
        "preprints",
        "manuscripts",
        "output",
        "outputs",
        "articles",
        "arxiv",
      ],
      qualifiers: [
        "selected",
        "recent",
        "full",
        "all",
        "list",
        "of",
        "my",
        "and",
        "peer",
        "reviewed",
        "refereed",
        "research",
        "journal",
        "conference",
        "working",
        "under",
        "review",
        "submitted",
        "preprints",
        "on",
      ],
    },
  ],
  [
    "contact",
    {
      heads: ["contact", "touch", "reach"],
      qualifiers: ["me", "information", "info", "get", "in", "details"],
    },
  ],
  ["research", { heads: ["research"], qualifiers: ["interests", "areas", "topics", "my", "current"] }],
];

function namesKind(words: string[], { heads, qualifiers, names = [] }: Vocabulary): boolean {
  if (names.includes(words.join(" "))) return true;
  return (
    words.some((word) => heads.includes(word)) &&
    words.every((word) => heads.includes(word) || qualifiers.includes(word))
  );
}

/** The kind of section a heading introduces; "other" for one we do not recognise. */
export function classifyHeading(heading: string): HeadedKind | "other" {
  const words = headingWords(heading);
  if (words.length === 0) return "other";
  return VOCABULARY.find(([, vocabulary]) => namesKind(words, vocabulary))?.[0] ?? "other";
}

/**
 * What a subheading inside a publications section says about the papers below
 * it: their year ("2024"), their venue kind ("Journal Articles"), that they
 * are not papers at all ("Awards", "Invited Talks"), or nothing (a topic).
 */
export type PublicationGroup =
  { kind: "year"; year: number } | { kind: "venue"; venueKind: VenueKind } | { kind: "not-papers" } | { kind: "topic" };

const VENUE_KIND_WORDS: Array<[VenueKind, string[]]> = [
  ["journal", ["journal", "journals", "article", "articles"]],
  ["workshop", ["workshop", "workshops"]],
  ["conference", ["conference", "conferences", "proceedings"]],
  [
    "preprint",
    [
      "preprint",
      "preprints",
      "arxiv",
      "review",
      "submitted",
      "submission",
      "submissions",
      "working",
      "report",
      "reports",
      "manuscripts",
    ],
  ],
  ["thesis", ["thesis", "theses", "dissertation", "dissertations"]],
];

// Lists researchers keep beside their papers, which are not papers even when written like them.
const NOT_PAPER_WORDS = [
  "award",
  "awards",
  "honor",
  "honors",
  "honours",
  "prize",
  "prizes",
  "grant",
  "grants",
  "funding",
  "fundings",
  "fellowship",
  "fellowships",
  "scholarship",
  "scholarships",
  "talk",
  "talks",
  "presentation",
  "presentations",
  "student",
  "students",
  "mentoring",
  "mentees",
  "supervision",
  "advising",
  "teaching",
  "service",
  "services",
  "reviewer",
  "reviewing",
  "patent",
  "patents",
  "software",
  "media",
  "press",
  "project",
  "projects",
];

// Words that name all papers, so a heading that also names a kind ("Publications and Preprints") names a mix.
const ALL_PAPERS = ["publications", "publication", "selected", "all", "full", "recent"];

export function classifyPublicationGroup(heading: string): PublicationGroup {
  const words = headingWords(heading);
  if (words.length === 1 && /^(?:19|20)\d{2}$/.test(words[0] ?? "")) return { kind: "year", year: Number(words[0]) };
  if (words.some((word) => NOT_PAPER_WORDS.includes(word))) return { kind: "not-papers" };
  const kinds = VENUE_KIND_WORDS.filter(([, names]) => words.some((word) => names.includes(word)));
  const [only] = kinds;
  if (!only || kinds.length > 1 || words.some((word) => ALL_PAPERS.includes(word))) return { kind: "topic" };
  return { kind: "venue", venueKind: only[0] };
}
