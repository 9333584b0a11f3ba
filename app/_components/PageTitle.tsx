import type { ReactNode } from "react";

interface PageTitleProps {
  children: ReactNode;
  /** A line under the title, such as a legend. */
  aside?: ReactNode;
}

export function PageTitle({ children, aside }: PageTitleProps) {
  return (
    <div className="mb-10 sm:mb-14">
      <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink sm:text-5xl">{children}</h1>
      {aside && <div className="mt-3 text-sm text-muted">{aside}</div>}
    </div>
  );
}
