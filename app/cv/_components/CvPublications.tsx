import { type CurriculumVitae, usesAnyMark } from "@/lib/view";
import { AuthorList } from "@/app/publications/_components/AuthorList";
import { AuthorMarksLegend } from "@/app/publications/_components/AuthorMarksLegend";
import { PublicationVenue } from "@/app/publications/_components/PublicationVenue";
import { Prose } from "@/app/_components/Prose";
import { UnparsedList } from "@/app/_components/UnparsedList";

/** Every paper, numbered on through the groups (years, or kinds of venue), with the author's own notes below each. */
export function CvPublications({ cv }: { cv: CurriculumVitae }) {
  return (
    <div className="space-y-6 print:space-y-3">
      {usesAnyMark(cv.authorMarks) && (
        <div className="text-sm text-muted">
          <AuthorMarksLegend marks={cv.authorMarks} />
        </div>
      )}
      {cv.publicationsLead.length > 0 && <UnparsedList blocks={cv.publicationsLead} />}
      {cv.publicationGroups.map((group) => (
        <section key={group.headingId} aria-labelledby={group.headingId}>
          <h3
            id={group.headingId}
            className="mb-3 text-sm font-semibold tracking-wide text-muted print:mb-1.5 print:break-after-avoid"
          >
            {group.heading}
          </h3>
          <ol start={group.start} className="cv-publications">
            {group.publications.map(({ entry, unparsed }) => (
              <li key={entry.id}>
                <p className="entry-title">
                  {entry.url ? (
                    <a href={entry.url} className="print-href title-link">
                      {entry.title}
                    </a>
                  ) : (
                    entry.title
                  )}
                </p>
                {entry.authors.length > 0 && <AuthorList authors={entry.authors} />}
                <PublicationVenue publication={entry} />
                {unparsed.map((block) => (
                  <div key={block.line} className="mt-1">
                    <Prose html={block.html} size="small" />
                  </div>
                ))}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
