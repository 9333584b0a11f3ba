import type { ProfileLink, ProfileService } from "@/lib/profile";
import { ServiceIcon } from "@/app/_home/ServiceIcon";

// Services whose own page links back to this one to verify it (Mastodon, Bluesky), and the owner's own site.
const VERIFIES_BACK: ReadonlySet<ProfileService> = new Set(["mastodon", "bluesky", "website"]);

// Services with no mark of their own show their name beside a generic icon.
const NAMED: ReadonlySet<ProfileService> = new Set(["openreview"]);

/** What the link shows beside its mark: an email address in full, the name of a service with no mark; else nothing. */
function visibleText(link: ProfileLink): string | null {
  if (link.kind === "other" || NAMED.has(link.service)) return link.label;
  return link.service === "email" ? link.href.replace(/^mailto:/i, "") : null;
}

/** Bare marks first, then the links that need words: a row of icons, then a line of text. */
function markedFirst(links: ProfileLink[]): ProfileLink[] {
  return links.toSorted((a, b) => Number(visibleText(a) !== null) - Number(visibleText(b) !== null));
}

/** The owner's profiles elsewhere, as a row of marks under the name; each link is named for screen readers. */
export function ProfileLinks({ links }: { links: ProfileLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul aria-label="Profiles" className="-mx-2 mt-4 flex flex-wrap items-center gap-x-1 gap-y-1 print:mt-1">
      {markedFirst(links).map((link) => {
        const service = link.kind === "service" ? link.service : null;
        const text = visibleText(link);
        return (
          // On paper a bare mark is no address; the links with words stay.
          <li key={link.href} className={text === null ? "print:hidden" : undefined}>
            <a
              href={link.href}
              rel={service && VERIFIES_BACK.has(service) ? "me" : undefined}
              title={text === null ? link.label : undefined}
              className="inline-flex min-h-10 min-w-10 items-center justify-center gap-1.5 rounded-md px-2 text-sm text-muted hover:bg-accent-soft hover:text-accent"
            >
              <ServiceIcon service={service} />
              {text === null ? (
                <span className="sr-only">{link.label}</span>
              ) : (
                <span>
                  {service === "email" && <span className="sr-only">{link.label}: </span>}
                  {text}
                </span>
              )}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
