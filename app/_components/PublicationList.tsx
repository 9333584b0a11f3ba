import type { Publication, UnparsedEntry } from "@/lib/profile";
import type { AnnotatedEntry } from "./chronology";
import { PublicationEntry } from "./PublicationEntry";
import { PublicationItem } from "./PublicationItem";
import { UnparsedItem } from "./UnparsedItem";

interface PublicationListProps {
  preface: UnparsedEntry[];
  entries: AnnotatedEntry<Publication>[];
  /** BibTeX entries by publication id. */
  bibtex: ReadonlyMap<string, string>;
}

export function PublicationList({ preface, entries, bibtex }: PublicationListProps) {
  return (
    <ol className="space-y-7">
      {preface.map((note) => (
        <UnparsedItem key={note.line} entry={note} />
      ))}
      {entries.flatMap(({ entry, notes }) => [
        <PublicationItem key={entry.id} id={entry.id}>
          <PublicationEntry publication={entry} bibtex={bibtex.get(entry.id)} />
        </PublicationItem>,
        ...notes.map((note) => <UnparsedItem key={note.line} entry={note} />),
      ])}
    </ol>
  );
}
