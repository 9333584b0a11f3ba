import { formatYearMonth, type UnparsedEntry, type Update } from "@/lib/profile";
import type { EntryWithUnparsed } from "@/lib/view";
import { UnparsedItem } from "./UnparsedItem";
import { UpdateEntry } from "./UpdateEntry";

interface UpdateListProps {
  leading: UnparsedEntry[];
  entries: EntryWithUnparsed<Update>[];
}

export function UpdateList({ leading, entries }: UpdateListProps) {
  return (
    <ol className="space-y-4">
      {leading.map((block) => (
        <UnparsedItem key={block.line} entry={block} />
      ))}
      {entries.flatMap(({ entry, unparsed }) => [
        <UpdateEntry key={entry.line} update={entry} dateLabel={formatYearMonth(entry.date)} layout="list" />,
        ...unparsed.map((block) => <UnparsedItem key={block.line} entry={block} />),
      ])}
    </ol>
  );
}
