import type { Publication, UnparsedEntry } from "@/lib/profile/model";
import type { AnnotatedEntry } from "./chronology";
import { PublicationEntry } from "./PublicationEntry";
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
        <PublicationEntry key={entry.id} publication={entry} bibtex={bibtex.get(entry.id)} />,
        ...notes.map((note) => <UnparsedItem key={note.line} entry={note} />),
      ])}
    </ol>
  );
}
