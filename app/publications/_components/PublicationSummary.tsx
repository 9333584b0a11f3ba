import type { Publication } from "@/lib/profile";
import { pageHref, publicationPath } from "@/lib/publishing";
import { AbstractToggle } from "@/app/publications/_components/AbstractToggle";
import { AuthorList } from "@/app/publications/_components/AuthorList";
import { CiteControl } from "@/app/publications/_components/CiteControl";
import { LinkChip } from "@/app/publications/_components/LinkChip";
import { Prose } from "@/app/_components/Prose";
import { PublicationTeaser } from "@/app/publications/_components/PublicationTeaser";
import { PublicationVenue } from "@/app/publications/_components/PublicationVenue";

interface PublicationSummaryProps {
  publication: Publication;
  /** The paper's BibTeX entry, as in /publications.bib; without one there is no Cite control. */
  bibtex: string | undefined;
  /** Past this many authors, the list is folded (the profile's authorLimit). */
  authorLimit: number;
}

/** The content of one publication's list item (see PublicationListItem), its teaser beside it. */
export function PublicationSummary(props: PublicationSummaryProps) {
  const { teaser } = props.publication;
  if (!teaser) return <PublicationText {...props} />;
  return (
    <div className="entry-with-teaser">
      <PublicationTeaser teaser={teaser} size="thumbnail" />
      <div className="min-w-0">
        <PublicationText {...props} />
      </div>
    </div>
  );
}

function PublicationText({ publication, bibtex, authorLimit }: PublicationSummaryProps) {
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
      {publication.authors.length > 0 && <AuthorList authors={publication.authors} limit={authorLimit} />}
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
        {publication.abstract && <AbstractToggle abstract={publication.abstract} title={publication.title} />}
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
