import type { Publication, UnparsedEntry } from "@/lib/profile";
import type { EntryWithUnparsed } from "@/lib/view";
import { PublicationEntry } from "./PublicationEntry";
import { PublicationItem } from "./PublicationItem";
import { UnparsedItem } from "./UnparsedItem";

interface PublicationListProps {
  leading: UnparsedEntry[];
  entries: EntryWithUnparsed<Publication>[];
  /** BibTeX entries by publication id. */
  bibtex: ReadonlyMap<string, string>;
}

export function PublicationList({ leading, entries, bibtex }: PublicationListProps) {
  return (
    <ol className="space-y-7">
      {leading.map((block) => (
        <UnparsedItem key={block.line} entry={block} />
      ))}
      {entries.flatMap(({ entry, unparsed }) => [
        <PublicationItem key={entry.id} id={entry.id}>
          <PublicationEntry publication={entry} bibtex={bibtex.get(entry.id)} />
        </PublicationItem>,
        ...unparsed.map((block) => <UnparsedItem key={block.line} entry={block} />),
      ])}
    </ol>
  );
}
