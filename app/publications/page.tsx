import type { Metadata } from "next";
import type { Publication } from "@/lib/profile/model";
import { getProfile } from "@/lib/profile/load";
import { getResearchAreas, sectionsOf } from "@/lib/profile/select";
import { slugify } from "@/lib/profile/text/slug";
import { annotate, byNewestPublication, type AnnotatedEntry } from "../_components/chronology";
import { EqualContributionLegend } from "../_components/EqualContributionLegend";
import { foldForSearch } from "../_components/foldForSearch";
import { PageShell } from "../_components/PageShell";
import { PageTitle } from "../_components/PageTitle";
import { PublicationEntry } from "../_components/PublicationEntry";
import { PublicationFilter } from "../_components/PublicationFilter";
import type { FilterablePublication, TopicOption } from "../_components/publicationQuery";
import { NoteList } from "../_components/NoteList";
import { UnparsedItem } from "../_components/UnparsedItem";

export const metadata: Metadata = { title: "Publications" };

function toFilterable(
  { entry, notes }: AnnotatedEntry<Publication>,
  slugOfTopic: (title: string) => string,
): FilterablePublication {
  const haystack = [entry.title, ...entry.authors.map((author) => author.name), entry.venueLine, entry.venue?.short]
    .filter(Boolean)
    .join(" ");
  return {
    id: entry.id,
    year: entry.year,
    venue: entry.venue?.short ?? null,
    topics: entry.topics.map(slugOfTopic),
    haystack: foldForSearch(haystack),
    // Rendered here so the client island ships no markup code, only the choice of what to show.
    node: (
      <>
        <PublicationEntry publication={entry} />
        {notes.map((note) => (
          <UnparsedItem key={note.line} entry={note} />
        ))}
      </>
    ),
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
  const publications = entries
    .toSorted((a, b) => byNewestPublication(a.entry, b.entry))
    .map((entry) => toFilterable(entry, slugOfTopic));

  return (
    <PageShell name={profile.name} current="publications">
      <PageTitle aside={<EqualContributionLegend />}>Publications</PageTitle>
      {preface.length > 0 && <NoteList notes={preface} />}
      <PublicationFilter publications={publications} topics={topics} />
    </PageShell>
  );
}
