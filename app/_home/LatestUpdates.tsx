import { formatYearMonth, type UnparsedBlock, type Update } from "@/lib/profile";
import type { EntryWithUnparsed } from "@/lib/view";
import { UnparsedListItem } from "@/app/_components/UnparsedListItem";
import { UpdateListItem } from "@/app/updates/_components/UpdateListItem";

interface LatestUpdatesProps {
  leading: UnparsedBlock[];
  entries: EntryWithUnparsed<Update>[];
}

export function LatestUpdates({ leading, entries }: LatestUpdatesProps) {
  return (
    <ol className="space-y-4">
      {leading.map((block) => (
        <UnparsedListItem key={block.line} block={block} />
      ))}
      {entries.flatMap(({ entry, unparsed }) => [
        <UpdateListItem key={entry.line} update={entry} dateLabel={formatYearMonth(entry.date)} layout="list" />,
        ...unparsed.map((block) => <UnparsedListItem key={block.line} block={block} />),
      ])}
    </ol>
  );
}
