import type { ReactNode } from "react";
import type { CvDocumentLink } from "@/lib/publishing";
import { SiteHeader, type SiteRoute } from "@/app/_components/SiteHeader";

interface PageShellProps {
  name: string;
  /** The author's own CV, a button in the header; null for none. */
  cvDocument: CvDocumentLink | null;
  current: SiteRoute | null;
  children: ReactNode;
}

/** Header and main landmark; each page renders it so the header knows the current route. */
export function PageShell({ name, cvDocument, current, children }: PageShellProps) {
  return (
    <>
      <SiteHeader name={name} cvDocument={cvDocument} current={current} />
      <main
        id="main"
        className="mx-auto w-full max-w-4xl flex-1 px-5 pt-10 sm:px-8 sm:pt-16 print:max-w-none print:p-0"
      >
        {children}
      </main>
    </>
  );
}
