import type { ReactNode } from "react";
import { SectionHeading } from "./SectionHeading";

interface LabelledSectionProps {
  headingId: string;
  heading: ReactNode;
  /** Rejected by the publication filter (see [data-filtered-out] in globals.css). */
  filteredOut?: boolean;
  children: ReactNode;
}

// Spread only when set, so that the sections of every other page carry no such props in their RSC payload.
const FILTERED_OUT = { "data-filtered-out": "", inert: true };

/** A section whose heading sits in a left-hand gutter on wide screens, as in a printed CV. */
export function LabelledSection({ headingId, heading, filteredOut = false, children }: LabelledSectionProps) {
  return (
    <section
      aria-labelledby={headingId}
      {...(filteredOut ? FILTERED_OUT : {})}
      className="grid gap-4 border-t border-line py-10 md:grid-cols-[9rem_minmax(0,1fr)] md:gap-10"
    >
      <div className="md:sticky md:top-6 md:self-start">
        <SectionHeading id={headingId}>{heading}</SectionHeading>
      </div>
      <div className="min-w-0">{children}</div>
    </section>
  );
}
