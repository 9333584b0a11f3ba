import type { ReactNode } from "react";

export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="font-serif text-xl font-semibold tracking-tight text-ink md:text-lg md:leading-7">
      {children}
    </h2>
  );
}
