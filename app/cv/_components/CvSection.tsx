import type { ReactNode } from "react";

interface CvSectionProps {
  headingId: string;
  heading: string;
  children: ReactNode;
}

/** A section of the CV: its heading in a gutter on wide screens and on paper, as printed CVs have it. */
export function CvSection({ headingId, heading, children }: CvSectionProps) {
  return (
    <section
      aria-labelledby={headingId}
      className="grid gap-3 border-t border-line py-8 md:grid-cols-[9rem_minmax(0,1fr)] md:gap-10 print:grid-cols-[7.5rem_minmax(0,1fr)] print:gap-6 print:py-4"
    >
      <h2
        id={headingId}
        className="font-serif text-xl font-semibold tracking-tight text-ink md:text-lg md:leading-7 print:break-after-avoid print:text-base"
      >
        {heading}
      </h2>
      <div className="min-w-0">{children}</div>
    </section>
  );
}
