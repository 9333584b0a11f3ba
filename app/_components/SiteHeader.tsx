import { type CvDocumentLink, pageHref } from "@/lib/publishing";

/** The top-level pages, named so each page can tell the header which one it is. */
export type SiteRoute = "home" | "publications" | "updates" | "cv";

// Plain anchors, not next/link: three static pages load faster as full documents than the
// ~3 KB gzip of client router code next/link adds to every page (see the Performance budgets).
const NAVIGATION: ReadonlyArray<{ route: SiteRoute; href: string; label: string }> = [
  { route: "home", href: "/", label: "Home" },
  { route: "publications", href: "/publications", label: "Publications" },
  { route: "updates", href: "/updates", label: "Updates" },
  { route: "cv", href: "/cv", label: "CV" },
];

interface SiteHeaderProps {
  name: string;
  /** The author's own CV document, a button beside the navigation's generated CV page. */
  cvDocument: CvDocumentLink | null;
  /** Passed in by the page rather than read from the URL, so the header stays a server component. */
  current: SiteRoute | null;
}

export function SiteHeader({ name, cvDocument, current }: SiteHeaderProps) {
  return (
    <header className="border-b border-line print:hidden">
      {/* On a phone the name and the CV button share the first row and the navigation runs below; wider, one row. */}
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-5 gap-y-1 px-5 py-4 sm:px-8">
        <a href="/" className="mr-auto py-1 font-serif text-lg font-semibold tracking-tight text-ink hover:text-accent">
          {name}
        </a>
        {cvDocument && (
          <a
            href={cvDocument.href}
            className="rounded-md border border-line px-2.5 py-1 text-sm font-medium text-accent hover:border-accent hover:bg-accent-soft sm:order-last"
          >
            {cvDocument.label}
          </a>
        )}
        <nav aria-label="Main" className="w-full sm:w-auto">
          <ul className="-mx-2 flex flex-wrap items-center text-[0.9375rem]">
            {NAVIGATION.map((item) => (
              <li key={item.route}>
                <a
                  href={pageHref(item.href)}
                  aria-current={item.route === current ? "page" : undefined}
                  className="block px-2 py-1.5 text-muted underline-offset-[0.45em] hover:text-ink aria-[current=page]:text-ink aria-[current=page]:underline aria-[current=page]:decoration-accent aria-[current=page]:decoration-2"
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
