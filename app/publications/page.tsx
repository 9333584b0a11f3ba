import type { Metadata } from "next";
import { getProfile, getResearchAreas, type Publication, sectionsOf } from "@/lib/profile";
import { slugify } from "@/lib/profile/text/slug";
import { publicationCatalog, publicationListJsonLd, PUBLICATIONS_PATH, siteFromEnv } from "@/lib/publishing";
import { annotate, byNewestPublication, type AnnotatedEntry } from "../_components/chronology";
import { EqualContributionLegend } from "../_components/EqualContributionLegend";
import { foldAccents } from "@/lib/profile/text/fold";
import { JsonLd } from "../_components/JsonLd";
import { pageMetadata } from "../_components/metadata";
import { PageShell } from "../_components/PageShell";
import { PageTitle } from "../_components/PageTitle";
import { PublicationEntry } from "../_components/PublicationEntry";
import { PublicationFilter } from "../_components/PublicationFilter";
import type { FilterablePublication, TopicOption } from "../_components/publicationQuery";
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
  { entry, notes }: AnnotatedEntry<Publication>,
  slugOfTopic: (title: string) => string,
  bibtex: ReadonlyMap<string, string>,
): FilterablePublication {
  const haystack = [entry.title, ...entry.authors.map((author) => author.name), entry.venueLine, entry.venue?.short]
    .filter(Boolean)
    .join(" ");
  return {
    id: entry.id,
    year: entry.year,
    venue: entry.venue?.short ?? null,
    topics: entry.topics.map(slugOfTopic),
    haystack: foldAccents(haystack),
    // Rendered here so the client island ships no markup code, only the choice of what to show.
    entry: <PublicationEntry publication={entry} bibtex={bibtex.get(entry.id)} />,
    notes: notes.map((note) => <Prose key={note.line} html={note.html} size="small" />),
  };
}

export default function PublicationsPage() {
  const profile = getProfile();
  const { preface, entries } = annotate(sectionsOf(profile, "publications").flatMap((section) => section.items));
  const areas = getResearchAreas(profile);
  // One option per slug, even if two areas share a title.
  const topics: TopicOption[] = [...new Map(areas.map(({ slug, title }) => [slug, { slug, title }])).values()];
  const slugByTitle = new Map(areas.map((area) => [area.title, area.slug]));
  const slugOfTopic = (title: string) => slugByTitle.get(title) ?? slugify(title);
  const catalog = publicationCatalog(profile);
  const publications = entries
    .toSorted((a, b) => byNewestPublication(a.entry, b.entry))
    .map((entry) => toFilterable(entry, slugOfTopic, catalog.bibtex));

  return (
    <PageShell name={profile.name} current="publications">
      <JsonLd data={publicationListJsonLd(catalog.publications, siteFromEnv())} />
      <PageTitle aside={<EqualContributionLegend />}>Publications</PageTitle>
      {preface.length > 0 && <NoteList notes={preface} />}
      <PublicationFilter publications={publications} topics={topics} />
    </PageShell>
  );
}
