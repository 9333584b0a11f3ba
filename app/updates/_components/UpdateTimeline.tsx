import { monthName, type Update } from "@/lib/profile";
import type { EntryWithUnparsed, YearGroup } from "@/lib/view";
import { LabelledSection } from "@/app/_components/LabelledSection";
import { UnparsedListItem } from "@/app/_components/UnparsedListItem";
import { UpdateListItem } from "@/app/updates/_components/UpdateListItem";

interface UpdateTimelineProps {
  /** Years newest first, each with its updates newest first. */
  years: YearGroup<EntryWithUnparsed<Update>, number>[];
  /** Each update's anchor, which the feed links to. */
  anchors: ReadonlyMap<Update, string>;
}

function monthLabel(update: Update): string {
  return update.date.month === null ? String(update.date.year) : monthName(update.date.month);
}

export function UpdateTimeline({ years, anchors }: UpdateTimelineProps) {
  return years.map(({ year, items }) => (
    <LabelledSection key={year} headingId={`updates-${year}`} heading={year}>
      <ol className="space-y-5 border-l border-line pl-6">
        {items.flatMap(({ entry, unparsed }) => [
          <UpdateListItem
            key={entry.line}
            id={anchors.get(entry)}
            update={entry}
            dateLabel={monthLabel(entry)}
            layout="timeline"
          />,
          ...unparsed.map((block) => <UnparsedListItem key={block.line} block={block} />),
        ])}
      </ol>
    </LabelledSection>
  ));
}
