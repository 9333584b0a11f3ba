import type { Metadata } from "next";
import { getProfile, type Section } from "@/lib/profile";
import {
  HOME_PATH,
  pageHref,
  pageMetadata,
  personJsonLd,
  publicationCatalog,
  PUBLICATIONS_PATH,
  siteDescription,
  siteFromEnv,
  UPDATES_PATH,
  cvDocumentLink,
} from "@/lib/publishing";
import { attachUnparsed, byNewestDate, byNewestYear, currentRole, headedSections } from "@/lib/view";
import { ContactCard } from "@/app/_home/ContactCard";
import { JsonLd } from "@/app/_components/JsonLd";
import { LabelledSection } from "@/app/_components/LabelledSection";
import { MoreLink } from "@/app/_home/MoreLink";
import { PageShell } from "@/app/_components/PageShell";
import { PositionList } from "@/app/_home/PositionList";
import { ProfileHeader } from "@/app/_home/ProfileHeader";
import { Prose } from "@/app/_components/Prose";
import { RecentPublications } from "@/app/_home/RecentPublications";
import { ResearchAreas } from "@/app/_home/ResearchAreas";
import { LatestUpdates } from "@/app/_home/LatestUpdates";

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
/** Printed, the home page is a one-page summary: news and papers are left to /updates and /cv. */
const SUMMARISED_IN_PRINT: ReadonlySet<Section["kind"]> = new Set(["updates", "publications"]);
const RECENT_PUBLICATIONS = 5;

interface SectionContentProps {
  section: Section;
  bibtex: ReadonlyMap<string, string>;
  authorLimit: number;
}

function SectionContent({ section, bibtex, authorLimit }: SectionContentProps) {
  switch (section.kind) {
    case "intro":
      return <Prose html={section.html} />;
    case "research":
      return (
        <div className="space-y-8 print:space-y-3">
          {section.leadHtml && <Prose html={section.leadHtml} />}
          <ResearchAreas areas={section.areas} />
        </div>
      );
    case "updates": {
      const { leading, entries } = attachUnparsed(section.items);
      const latest = entries.toSorted((a, b) => byNewestDate(a.entry, b.entry)).slice(0, LATEST_UPDATES);
      return (
        <>
          <LatestUpdates leading={leading} entries={latest} />
          <MoreLink href={pageHref(UPDATES_PATH)}>All updates</MoreLink>
        </>
      );
    }
    case "experience":
    case "education":
      return <PositionList items={section.items} />;
    case "publications": {
      const { leading, entries } = attachUnparsed(section.items);
      const recent = entries.toSorted((a, b) => byNewestYear(a.entry, b.entry)).slice(0, RECENT_PUBLICATIONS);
      return (
        <>
          <RecentPublications leading={leading} entries={recent} bibtex={bibtex} authorLimit={authorLimit} />
          <MoreLink href={pageHref(PUBLICATIONS_PATH)}>All publications</MoreLink>
        </>
      );
    }
    case "contact":
      return <ContactCard section={section} />;
    case "other":
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
    <PageShell name={profile.name} cvDocument={cvDocumentLink(profile)} current="home">
      <JsonLd data={personJsonLd(profile, siteFromEnv())} />
      <ProfileHeader name={profile.name} role={currentRole(profile)} photo={profile.photo} links={profile.links} />
      {headedSections(profile.sections).map(({ section, heading, headingId }) => (
        <LabelledSection
          key={headingId}
          headingId={headingId}
          heading={heading}
          hiddenInPrint={SUMMARISED_IN_PRINT.has(section.kind)}
        >
          <SectionContent section={section} bibtex={bibtex} authorLimit={profile.authorLimit} />
        </LabelledSection>
      ))}
    </PageShell>
  );
}
