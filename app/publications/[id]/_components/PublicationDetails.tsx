import type { Publication } from "@/lib/profile";
import { BIBLIOGRAPHY_PATH, pageHref, PUBLICATIONS_PATH } from "@/lib/publishing";
import { authorMarksOf, usesAnyMark } from "@/lib/view";
import { AuthorList } from "@/app/publications/_components/AuthorList";
import { CitationBlock } from "@/app/publications/_components/CitationBlock";
import { AuthorMarksLegend } from "@/app/publications/_components/AuthorMarksLegend";
import { LinkChip } from "@/app/publications/_components/LinkChip";
import { Prose } from "@/app/_components/Prose";
import { PublicationTeaser } from "@/app/publications/_components/PublicationTeaser";
import { PublicationVenue } from "@/app/publications/_components/PublicationVenue";
import { SectionHeading } from "@/app/_components/SectionHeading";

/** The paper's own links, led by the title's link when the author did not repeat it as a [Paper] link. */
function linksOf(publication: Publication): Publication["links"] {
  const { url, links } = publication;
  if (!url || links.some((link) => link.href === url)) return links;
  return [{ label: "Paper", href: url }, ...links];
}

interface PublicationDetailsProps {
  publication: Publication;
  bibtex: string | undefined;
}

/** One publication on a page of its own: the full entry, its links and how to cite it. */
export function PublicationDetails({ publication, bibtex }: PublicationDetailsProps) {
  const marks = authorMarksOf([publication]);
  const links = linksOf(publication);
  return (
    <article>
      <p className="mb-6 text-sm">
        <a href={pageHref(`${PUBLICATIONS_PATH}#${publication.id}`)} className="font-medium link">
          <span aria-hidden="true">← </span>All publications
        </a>
      </p>
      <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight text-ink sm:text-4xl">
        {publication.title}
      </h1>
      <div className="mt-4 space-y-1">
        {publication.authors.length > 0 && <AuthorList authors={publication.authors} />}
        <PublicationVenue publication={publication} />
        {publication.topics.length > 0 && <p className="text-xs text-muted">{publication.topics.join(" · ")}</p>}
      </div>
      {links.length > 0 && (
        <ul className="mt-5 chip-list">
          {links.map((link) => (
            <li key={`${link.label}-${link.href}`}>
              <LinkChip href={link.href}>{link.label}</LinkChip>
            </li>
          ))}
        </ul>
      )}
      {publication.teaser && (
        <div className="mt-8">
          <PublicationTeaser teaser={publication.teaser} size="figure" />
        </div>
      )}
      {publication.abstract && (
        <section aria-labelledby="abstract" className="mt-10">
          <SectionHeading id="abstract">Abstract</SectionHeading>
          <div className="mt-3">
            <Prose html={publication.abstract.html} />
          </div>
        </section>
      )}
      {publication.extraHtml && (
        <div className="mt-6">
          <Prose html={publication.extraHtml} />
        </div>
      )}
      {usesAnyMark(marks) && (
        <div className="mt-6 text-sm text-muted">
          <AuthorMarksLegend marks={marks} />
        </div>
      )}
      {bibtex && (
        <section aria-labelledby="cite" className="mt-12 border-t border-line pt-8">
          <SectionHeading id="cite">Cite</SectionHeading>
          <CitationBlock bibtex={bibtex} id={publication.id} className="mt-4" />
          <p className="mt-4 text-sm text-muted">
            Every publication in one file:{" "}
            <a href={BIBLIOGRAPHY_PATH} className="link" download>
              publications.bib
            </a>
          </p>
        </section>
      )}
    </article>
  );
}
