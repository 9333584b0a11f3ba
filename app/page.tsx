import type { Metadata } from "next";
import { getEmail, getProfile, type Section, type SectionKind, uniqueIds } from "@/lib/profile";
import { slugify } from "@/lib/profile/text/slug";
import {
  HOME_PATH,
  pageHref,
  personJsonLd,
  publicationCatalog,
  PUBLICATIONS_PATH,
  siteDescription,
  siteFromEnv,
  UPDATES_PATH,
} from "@/lib/publishing";
import { annotate, byNewestPublication, byNewestUpdate } from "./_components/chronology";
import { ContactCard } from "./_components/ContactCard";
import { currentRole } from "./_components/currentRole";
import { JsonLd } from "./_components/JsonLd";
import { LabelledSection } from "./_components/LabelledSection";
import { MoreLink } from "./_components/MoreLink";
import { pageMetadata } from "./_components/metadata";
import { PageShell } from "./_components/PageShell";
import { PositionList } from "./_components/PositionList";
import { ProfileHeader } from "./_components/ProfileHeader";
import { Prose } from "./_components/Prose";
import { PublicationList } from "./_components/PublicationList";
import { ResearchAreas } from "./_components/ResearchAreas";
import { UpdateList } from "./_components/UpdateList";

export function generateMetadata(): Metadata {
  const profile = getProfile();
  return pageMetadata(profile, {
    path: HOME_PATH,
    title: null,
    description: siteDescription(profile),
    type: "profile",
  });
}

const LATEST_UPDATES = 5;
const RECENT_PUBLICATIONS = 5;

/** Headings for sections the author left without one (content above the first heading). */
const DEFAULT_HEADINGS: Record<SectionKind, string> = {
  intro: "About",
  research: "Research",
  updates: "Updates",
  experience: "Experience",
  education: "Education",
  publications: "Publications",
  contact: "Contact",
  markdown: "Notes",
};

function headingOf(section: Section): string {
  return section.heading?.trim() || DEFAULT_HEADINGS[section.kind];
}

/** Gives each section a unique, readable heading id (#section-publications), even when two headings read alike. */
function withHeadingIds(sections: Section[]): Array<{ section: Section; heading: string; headingId: string }> {
  const uniqueId = uniqueIds();
  return sections.map((section) => {
    const heading = headingOf(section);
    return { section, heading, headingId: uniqueId(`section-${slugify(heading) || section.kind}`) };
  });
}

function SectionContent({ section, bibtex }: { section: Section; bibtex: ReadonlyMap<string, string> }) {
  switch (section.kind) {
    case "intro":
      return <Prose html={section.html} />;
    case "research":
      return (
        <div className="space-y-8">
          {section.leadHtml && <Prose html={section.leadHtml} />}
          <ResearchAreas areas={section.areas} />
        </div>
      );
    case "updates": {
      const { preface, entries } = annotate(section.items);
      const latest = entries.toSorted(byNewestUpdate).slice(0, LATEST_UPDATES);
      return (
        <>
          <UpdateList preface={preface} entries={latest} />
          <MoreLink href={pageHref(UPDATES_PATH)}>All updates</MoreLink>
        </>
      );
    }
    case "experience":
    case "education":
      return <PositionList items={section.items} />;
    case "publications": {
      const { preface, entries } = annotate(section.items);
      const recent = entries.toSorted((a, b) => byNewestPublication(a.entry, b.entry)).slice(0, RECENT_PUBLICATIONS);
      return (
        <>
          <PublicationList preface={preface} entries={recent} bibtex={bibtex} />
          <MoreLink href={pageHref(PUBLICATIONS_PATH)}>All publications</MoreLink>
        </>
      );
    }
    case "contact":
      return <ContactCard section={section} />;
    case "markdown":
      return <Prose html={section.html} />;
    default: {
      const unhandled: never = section;
      throw new Error(`Unhandled section kind: ${JSON.stringify(unhandled)}`);
    }
  }
}

export default function HomePage() {
  const profile = getProfile();
  const { bibtex } = publicationCatalog(profile);
  return (
    <PageShell name={profile.name} current="home">
      <JsonLd data={personJsonLd(profile, siteFromEnv())} />
      <ProfileHeader name={profile.name} role={currentRole(profile)} email={getEmail(profile)} />
      {withHeadingIds(profile.sections).map(({ section, heading, headingId }) => (
        <LabelledSection key={headingId} headingId={headingId} heading={heading}>
          <SectionContent section={section} bibtex={bibtex} />
        </LabelledSection>
      ))}
    </PageShell>
  );
}
