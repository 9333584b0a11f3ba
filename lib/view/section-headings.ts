import type { Section, SectionKind } from "../profile/model";
import { uniqueIds } from "../profile/text/ids";
import { slugify } from "../profile/text/slug";

/** Headings for sections the author left without one (content above the first heading). */
const DEFAULT_HEADINGS: Record<SectionKind, string> = {
  intro: "About",
  research: "Research",
  updates: "Updates",
  experience: "Experience",
  education: "Education",
  publications: "Publications",
  contact: "Contact",
  other: "Notes",
};

export interface HeadedSection {
  section: Section;
  heading: string;
  /** Unique on the page and readable in a link: "section-publications". */
  headingId: string;
}

/** Each section with the heading it shows and an id for it, unique even when two headings read alike. */
export function headedSections(sections: readonly Section[]): HeadedSection[] {
  const uniqueId = uniqueIds();
  return sections.map((section) => {
    const heading = section.heading?.trim() || DEFAULT_HEADINGS[section.kind];
    return { section, heading, headingId: uniqueId(`section-${slugify(heading) || section.kind}`) };
  });
}
