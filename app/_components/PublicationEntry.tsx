import type { Publication } from "@/lib/profile/model";
import { AuthorList } from "./AuthorList";
import { Prose } from "./Prose";

function venueText(publication: Publication): string | null {
  if (publication.venueLine) return publication.venueLine;
  if (!publication.venue) return null;
  return publication.year === null ? publication.venue.short : `${publication.venue.short} ${publication.year}`;
}

export function PublicationEntry({ publication }: { publication: Publication }) {
  const venue = venueText(publication);
  return (
    <li id={publication.id} data-testid="publication" className="scroll-mt-8">
      <h3 className="font-serif text-[1.0625rem] leading-snug font-semibold text-ink">
        {publication.url ? (
          <a href={publication.url} className="hover:text-accent hover:underline hover:decoration-1 hover:underline-offset-[0.2em]">
            {publication.title}
          </a>
        ) : (
          publication.title
        )}
      </h3>
      {publication.authors.length > 0 && <AuthorList authors={publication.authors} />}
      {(venue || publication.badges.length > 0) && (
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink">
          {venue && <span className="italic">{venue}</span>}
          {publication.badges.map((badge) => (
            <span
              key={badge}
              className="rounded-full bg-accent-soft px-2 py-px text-xs font-semibold tracking-wide text-accent-strong"
            >
              {badge}
            </span>
          ))}
        </p>
      )}
      {publication.topics.length > 0 && (
        <p className="mt-1 text-xs text-muted">{publication.topics.join(" · ")}</p>
      )}
      {publication.links.length > 0 && (
        <ul className="mt-2.5 flex flex-wrap gap-2">
          {publication.links.map((link) => (
            <li key={`${link.label}-${link.href}`}>
              <a
                href={link.href}
                className="inline-flex min-h-6 items-center rounded-md border border-line px-2.5 text-xs font-medium text-accent hover:border-accent hover:bg-accent-soft"
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      {publication.notesHtml && (
        <div className="mt-2">
          <Prose html={publication.notesHtml} size="small" />
        </div>
      )}
    </li>
  );
}
