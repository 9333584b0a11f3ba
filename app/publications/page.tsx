import type { Metadata } from "next";
import { getProfile, getResearchAreas, type Publication, type ResearchArea, sectionsOf } from "@/lib/profile";
import {
  pageMetadata,
  publicationCatalog,
  publicationListJsonLd,
  PUBLICATIONS_PATH,
  siteFromEnv,
} from "@/lib/publishing";
import {
  attachUnparsed,
  byNewestYear,
  type EntryWithUnparsed,
  publicationSearchText,
  topicSlug,
  topicsOf,
} from "@/lib/view";
import { EqualContributionLegend } from "@/app/publications/_components/EqualContributionLegend";
import { JsonLd } from "@/app/_components/JsonLd";
import { PageShell } from "@/app/_components/PageShell";
import { PageTitle } from "@/app/_components/PageTitle";
import { PublicationSummary } from "@/app/publications/_components/PublicationSummary";
import { PublicationFilter } from "@/app/publications/_components/PublicationFilter";
import type { FilterablePublication } from "@/app/publications/_components/publicationQuery";
import { UnparsedList } from "@/app/_components/UnparsedList";
import { Prose } from "@/app/_components/Prose";

export function generateMetadata(): Metadata {
  const profile = getProfile();
  return pageMetadata(profile, {
    path: PUBLICATIONS_PATH,
    title: "Publications",
    description: `Publications by ${profile.name}, by year, with BibTeX for each.`,
  });
}

function toFilterable(
  { entry, unparsed }: EntryWithUnparsed<Publication>,
  areas: readonly ResearchArea[],
  bibtex: ReadonlyMap<string, string>,
): FilterablePublication {
  return {
    id: entry.id,
    year: entry.year,
    venue: entry.venue?.short ?? null,
    topics: entry.topics.map((title) => topicSlug(title, areas)),
    haystack: publicationSearchText(entry),
    // Rendered here so the client island ships no markup code, only the choice of what to show.
    entry: <PublicationSummary publication={entry} bibtex={bibtex.get(entry.id)} />,
    notes: unparsed.map((block) => <Prose key={block.line} html={block.html} size="small" />),
  };
}

export default function PublicationsPage() {
  const profile = getProfile();
  const { leading, entries } = attachUnparsed(sectionsOf(profile, "publications").flatMap((section) => section.items));
  const areas = getResearchAreas(profile);
  const catalog = publicationCatalog(profile);
  const publications = entries
    .toSorted((a, b) => byNewestYear(a.entry, b.entry))
    .map((entry) => toFilterable(entry, areas, catalog.bibtex));

  return (
    <PageShell name={profile.name} current="publications">
      <JsonLd data={publicationListJsonLd(catalog.publications, siteFromEnv())} />
      <PageTitle aside={<EqualContributionLegend />}>Publications</PageTitle>
      {leading.length > 0 && <UnparsedList blocks={leading} />}
      <PublicationFilter publications={publications} topics={topicsOf(areas)} />
    </PageShell>
  );
}
