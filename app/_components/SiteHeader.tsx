import Link from "next/link";

/** The top-level pages, named so each page can tell the header which one it is. */
export type SiteRoute = "home" | "publications" | "updates";

const NAVIGATION: ReadonlyArray<{ route: SiteRoute; href: string; label: string }> = [
  { route: "home", href: "/", label: "Home" },
  { route: "publications", href: "/publications", label: "Publications" },
  { route: "updates", href: "/updates", label: "Updates" },
];

interface SiteHeaderProps {
  name: string;
  /** Passed in by the page rather than read from the URL, so the header stays a server component. */
  current: SiteRoute | null;
}

export function SiteHeader({ name, current }: SiteHeaderProps) {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-8 gap-y-1 px-5 py-4 sm:px-8">
        <Link href="/" className="py-1 font-serif text-lg font-semibold tracking-tight text-ink hover:text-accent">
          {name}
        </Link>
        <nav aria-label="Main">
          <ul className="-mx-2 flex flex-wrap text-[0.9375rem]">
            {NAVIGATION.map((item) => (
              <li key={item.route}>
                <Link
                  href={item.href}
                  aria-current={item.route === current ? "page" : undefined}
                  className="block px-2 py-1.5 text-muted underline-offset-[0.45em] hover:text-ink aria-[current=page]:text-ink aria-[current=page]:underline aria-[current=page]:decoration-accent aria-[current=page]:decoration-2"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
