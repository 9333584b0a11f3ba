import { isoYearMonth, type Update } from "@/lib/profile";
import { Prose } from "@/app/_components/Prose";

const LAYOUTS = {
  list: "grid gap-x-5 gap-y-0.5 sm:grid-cols-[5.5rem_minmax(0,1fr)]",
  // The dot sits on the timeline's left rule (1.5rem of padding plus half the dot).
  timeline:
    "relative grid gap-x-5 gap-y-0.5 sm:grid-cols-[2.75rem_minmax(0,1fr)] before:absolute before:top-[0.5rem] before:-left-[calc(1.5rem+4.5px)] before:size-2 before:rounded-full before:bg-accent before:ring-4 before:ring-paper",
} as const;

interface UpdateListItemProps {
  /** Anchor for links to this update, such as the feed's. */
  id?: string;
  update: Update;
  /** "May 2025" in a flat list, just "May" under a year heading. */
  dateLabel: string;
  layout: keyof typeof LAYOUTS;
}

export function UpdateListItem({ id, update, dateLabel, layout }: UpdateListItemProps) {
  return (
    <li id={id} data-testid="update" className={`scroll-mt-8 ${LAYOUTS[layout]}`}>
      <time dateTime={isoYearMonth(update.date)} className="text-sm leading-7 font-medium text-muted tabular-nums">
        {dateLabel}
      </time>
      <Prose html={update.html} />
    </li>
  );
}
