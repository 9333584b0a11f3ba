import type { Metadata } from "next";
import { getProfile, getResearchAreas, type Publication, sectionsOf } from "@/lib/profile";
import {
  pageMetadata,
  publicationCatalog,
  publicationListJsonLd,
  PUBLICATIONS_PATH,
  siteFromEnv,
  cvDocumentLink,
} from "@/lib/publishing";
import {
  attachUnparsed,
  authorMarksOf,
  byNewestYear,
  coAuthors,
  type EntryWithUnparsed,
  facetControls,
  facetValues,
  type FacetSource,
  publicationSearchText,
  publicationStatistics,
  usesAnyMark,
} from "@/lib/view";
import { JsonLd } from "@/app/_components/JsonLd";
import { PageShell } from "@/app/_components/PageShell";
import { PageTitle } from "@/app/_components/PageTitle";
import { Prose } from "@/app/_components/Prose";
import { UnparsedList } from "@/app/_components/UnparsedList";
import { CoAuthorIndex } from "@/app/publications/_components/CoAuthorIndex";
import { AuthorMarksLegend } from "@/app/publications/_components/AuthorMarksLegend";
import { PublicationFilter } from "@/app/publications/_components/PublicationFilter";
import type { ListedPublication } from "@/app/publications/_components/PublicationsByYear";
import { PublicationRecord } from "@/app/publications/_components/PublicationRecord";
import { PublicationSummary } from "@/app/publications/_components/PublicationSummary";

export function generateMetadata(): Metadata {
  const profile = getProfile();
  return pageMetadata(profile, {
    path: PUBLICATIONS_PATH,
    title: "Publications",
    description: `Publications by ${profile.name}, by year, with BibTeX for each.`,
  });
}

function toListed(
  { entry, unparsed }: EntryWithUnparsed<Publication>,
  source: FacetSource,
  bibtex: ReadonlyMap<string, string>,
  authorLimit: number,
): ListedPublication {
  return {
    id: entry.id,
    year: entry.year,
    searchText: publicationSearchText(entry),
    values: facetValues(entry, source),
    summary: <PublicationSummary publication={entry} bibtex={bibtex.get(entry.id)} authorLimit={authorLimit} />,
    unparsed: unparsed.map((block) => <Prose key={block.line} html={block.html} size="small" />),
  };
}

export default function PublicationsPage() {
  const profile = getProfile();
  const { leading, entries } = attachUnparsed(sectionsOf(profile, "publications").flatMap((section) => section.items));
  const source = { areas: getResearchAreas(profile) };
  const catalog = publicationCatalog(profile);
  const newestFirst = entries.toSorted((a, b) => byNewestYear(a.entry, b.entry));
  const publications = newestFirst.map((publication) =>
    toListed(publication, source, catalog.bibtex, profile.authorLimit),
  );
  const papers = newestFirst.map(({ entry }) => entry);
  const facets = facetControls(papers, source);
  const marks = authorMarksOf(papers);

  return (
    <PageShell name={profile.name} cvDocument={cvDocumentLink(profile)} current="publications">
      <JsonLd data={publicationListJsonLd(catalog.publications, siteFromEnv())} />
      <PageTitle aside={usesAnyMark(marks) && <AuthorMarksLegend marks={marks} />}>Publications</PageTitle>
      <PublicationRecord statistics={publicationStatistics(papers)} />
      {leading.length > 0 && <UnparsedList blocks={leading} />}
      <PublicationFilter publications={publications} facets={facets} />
      <CoAuthorIndex coAuthors={coAuthors(papers)} />
    </PageShell>
  );
}
