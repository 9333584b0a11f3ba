import type { Publication } from "@/lib/profile";
import { pageHref, publicationPath } from "@/lib/publishing";
import { AuthorList } from "@/app/publications/_components/AuthorList";
import { CiteControl } from "@/app/publications/_components/CiteControl";
import { LinkChip } from "@/app/publications/_components/LinkChip";
import { Prose } from "@/app/_components/Prose";
import { PublicationVenue } from "@/app/publications/_components/PublicationVenue";

interface PublicationSummaryProps {
  publication: Publication;
  /** The paper's BibTeX entry, as in /publications.bib; without one there is no Cite control. */
  bibtex: string | undefined;
}

/** The content of one publication's list item (see PublicationListItem). */
export function PublicationSummary({ publication, bibtex }: PublicationSummaryProps) {
  return (
    <>
      <h3 className="entry-title">
        {publication.url ? (
          <a href={publication.url} className="title-link">
            {publication.title}
          </a>
        ) : (
          publication.title
        )}
      </h3>
      {publication.authors.length > 0 && <AuthorList authors={publication.authors} />}
      <PublicationVenue publication={publication} />
      {publication.topics.length > 0 && <p className="entry-topics">{publication.topics.join(" · ")}</p>}
      <div className="entry-actions">
        <ul className="chip-list">
          {publication.links.map((link, index) => (
            // The links never reorder, and a short key keeps the hydration payload small.
            <li key={index}>
              <LinkChip href={link.href}>{link.label}</LinkChip>
            </li>
          ))}
          <li>
            <a href={pageHref(publicationPath(publication.id))} className="chip">
              Details<span className="sr-only">: {publication.title}</span>
            </a>
          </li>
        </ul>
        {bibtex && <CiteControl bibtex={bibtex} id={publication.id} title={publication.title} />}
      </div>
      {publication.extraHtml && (
        <div className="mt-2">
          <Prose html={publication.extraHtml} size="small" />
        </div>
      )}
    </>
  );
}
