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
import { EqualContributionLegend } from "../_components/EqualContributionLegend";
import { JsonLd } from "../_components/JsonLd";
import { PageShell } from "../_components/PageShell";
import { PageTitle } from "../_components/PageTitle";
import { PublicationEntry } from "../_components/PublicationEntry";
import { PublicationFilter } from "../_components/PublicationFilter";
import type { FilterablePublication } from "../_components/publicationQuery";
import { NoteList } from "../_components/NoteList";
import { Prose } from "../_components/Prose";

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
    entry: <PublicationEntry publication={entry} bibtex={bibtex.get(entry.id)} />,
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
      {leading.length > 0 && <NoteList notes={leading} />}
      <PublicationFilter publications={publications} topics={topicsOf(areas)} />
    </PageShell>
  );
}
