import { Fragment } from "react";
import { groupByYear } from "./chronology";
import { LabelledSection } from "./LabelledSection";
import { yearValue, type FilterablePublication } from "./publicationQuery";

interface PublicationGroupsProps {
  /** Sorted newest year first, undated last. */
  publications: FilterablePublication[];
}

/** The chosen publications under year headings; entries stay the server-rendered nodes. */
export function PublicationGroups({ publications }: PublicationGroupsProps) {
  return groupByYear(publications, (publication) => publication.year).map(({ year, items }) => (
    <LabelledSection key={yearValue(year)} headingId={`publications-${yearValue(year)}`} heading={year ?? "Undated"}>
      <ol className="space-y-7">
        {items.map((publication) => (
          <Fragment key={publication.id}>{publication.node}</Fragment>
        ))}
      </ol>
    </LabelledSection>
  ));
}
