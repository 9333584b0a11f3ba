import type { SectionKind } from "../model";

type HeadedKind = Exclude<SectionKind, "intro" | "markdown">;

// Headings seen on real homepages, compared after folding case, "&" and punctuation.
const SYNONYMS: Record<HeadedKind, string[]> = {
  updates: [
    "updates",
    "news",
    "announcements",
    "recent news",
    "latest news",
    "news and updates",
    "whats new",
    "recent updates",
    "latest updates",
  ],
  experience: [
    "experience",
    "work experience",
    "professional experience",
    "research experience",
    "industry experience",
    "employment",
    "employment history",
    "work",
    "positions",
    "appointments",
    "academic appointments",
  ],
  education: ["education", "academic background", "degrees"],
  publications: [
    "publications",
    "selected publications",
    "recent publications",
    "papers",
    "selected papers",
    "preprints",
    "publications and preprints",
    "research papers",
    "peer reviewed publications",
    "conference and journal papers",
  ],
  contact: ["contact", "contact me", "contact information", "contact info", "get in touch", "reach me"],
  research: ["research", "research interests", "research areas", "research topics"],
};

function fold(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const KIND_BY_HEADING = new Map<string, HeadedKind>(
  (Object.entries(SYNONYMS) as Array<[HeadedKind, string[]]>).flatMap(([kind, names]) =>
    names.map((name): [string, HeadedKind] => [name, kind]),
  ),
);

/** The kind of section a heading introduces; "markdown" for one we do not recognise. */
export function classifyHeading(heading: string): HeadedKind | "markdown" {
  return KIND_BY_HEADING.get(fold(heading)) ?? "markdown";
}
