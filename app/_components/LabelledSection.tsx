import type { CSSProperties, ReactNode } from "react";
import { SectionHeading } from "@/app/_components/SectionHeading";

interface LabelledSectionProps {
  headingId: string;
  heading: ReactNode;
  /** Rejected by the publication filter (see [data-filtered-out] in globals.css). */
  filteredOut?: boolean;
  /**
   * Part of a long list: the browser skips the section while it is off screen,
   * taking this as its height until it is first shown (see skip-offscreen in globals.css).
   */
  offscreenHeightRem?: number;
  /** Left off paper, where a page has room for less than the screen shows. */
  hiddenInPrint?: boolean;
  children: ReactNode;
}

const FILTERED_OUT = { "data-filtered-out": "", inert: true };

/**
 * Marks an element the publication filter rejects (see [data-filtered-out] in
 * globals.css); nothing at all otherwise, so no other page carries the attributes.
 */
export function filteredOutAttributes(filteredOut: boolean): Partial<typeof FILTERED_OUT> {
  return filteredOut ? FILTERED_OUT : {};
}

const SECTION =
  "grid gap-4 border-t border-line py-10 md:grid-cols-[9rem_minmax(0,1fr)] md:gap-10 print:grid-cols-[7.5rem_minmax(0,1fr)] print:gap-6 print:py-2.5";

function skippedOffscreen(heightRem: number, className: string): { className: string; style: CSSProperties } {
  return {
    className: `${className} skip-offscreen`,
    style: { "--estimated-height": `${heightRem}rem` } as CSSProperties,
  };
}

/** A section whose heading sits in a left-hand gutter on wide screens, as in a printed CV. */
export function LabelledSection({
  headingId,
  heading,
  filteredOut = false,
  offscreenHeightRem,
  hiddenInPrint = false,
  children,
}: LabelledSectionProps) {
  const className = hiddenInPrint ? `${SECTION} print:hidden` : SECTION;
  return (
    <section
      aria-labelledby={headingId}
      {...filteredOutAttributes(filteredOut)}
      {...(offscreenHeightRem === undefined ? { className } : skippedOffscreen(offscreenHeightRem, className))}
    >
      <div className="md:sticky md:top-6 md:self-start">
        <SectionHeading id={headingId}>{heading}</SectionHeading>
      </div>
      <div className="min-w-0">{children}</div>
    </section>
  );
}
