import { formatYearMonth, type UnparsedEntry, type Update } from "@/lib/profile";
import type { AnnotatedEntry } from "./chronology";
import { UnparsedItem } from "./UnparsedItem";
import { UpdateEntry } from "./UpdateEntry";

interface UpdateListProps {
  preface: UnparsedEntry[];
  entries: AnnotatedEntry<Update>[];
}

export function UpdateList({ preface, entries }: UpdateListProps) {
  return (
    <ol className="space-y-4">
      {preface.map((note) => (
        <UnparsedItem key={note.line} entry={note} />
      ))}
      {entries.flatMap(({ entry, notes }) => [
        <UpdateEntry key={entry.line} update={entry} dateLabel={formatYearMonth(entry.date)} layout="list" />,
        ...notes.map((note) => <UnparsedItem key={note.line} entry={note} />),
      ])}
    </ol>
  );
}
