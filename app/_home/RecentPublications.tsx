import type { Publication, UnparsedBlock } from "@/lib/profile";
import type { EntryWithUnparsed } from "@/lib/view";
import { PublicationSummary } from "@/app/publications/_components/PublicationSummary";
import { PublicationListItem } from "@/app/publications/_components/PublicationListItem";
import { UnparsedListItem } from "@/app/_components/UnparsedListItem";

interface RecentPublicationsProps {
  leading: UnparsedBlock[];
  entries: EntryWithUnparsed<Publication>[];
  /** BibTeX entries by publication id. */
  bibtex: ReadonlyMap<string, string>;
  authorLimit: number;
}

export function RecentPublications({ leading, entries, bibtex, authorLimit }: RecentPublicationsProps) {
  return (
    <ol className="space-y-7">
      {leading.map((block) => (
        <UnparsedListItem key={block.line} block={block} />
      ))}
      {entries.flatMap(({ entry, unparsed }) => [
        <PublicationListItem key={entry.id} id={entry.id}>
          <PublicationSummary publication={entry} bibtex={bibtex.get(entry.id)} authorLimit={authorLimit} />
        </PublicationListItem>,
        ...unparsed.map((block) => <UnparsedListItem key={block.line} block={block} />),
      ])}
    </ol>
  );
}
