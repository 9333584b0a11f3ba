import { memo, useMemo } from "react";
import { groupByYear } from "./chronology";
import { LabelledSection } from "./LabelledSection";
import { PublicationItem } from "./PublicationItem";
import { yearValue, type FilterablePublication } from "./publicationQuery";

/** Above this many entries, off-screen ones skip layout (see PublicationItem). */
const LONG_LIST = 100;

interface PublicationGroupsProps {
  /** Sorted newest year first, undated last. */
  publications: FilterablePublication[];
  /** Whether each publication, by index, passes the filter. */
  shown: readonly boolean[];
}

/**
 * Every publication under its year heading, with the ones the filter rejects
 * hidden rather than removed: a keystroke then only flips attributes, and
 * widening the filter again re-creates no markup.
 */
export function PublicationGroups({ publications, shown }: PublicationGroupsProps) {
  const groups = useMemo(
    () => groupByYear(publications.map((publication, index) => ({ publication, index })), ({ publication }) => publication.year),
    [publications],
  );
  return groups.map(({ year, items }) => (
    <LabelledSection
      key={yearValue(year)}
      headingId={`publications-${yearValue(year)}`}
      heading={year ?? "Undated"}
      hidden={!items.some(({ index }) => shown[index])}
    >
      <ol className="flex flex-col gap-7">
        {items.map(({ publication, index }) => (
          <FilterableEntry
            key={publication.id}
            publication={publication}
            hidden={!shown[index]}
            skipOffscreen={publications.length > LONG_LIST}
          />
        ))}
      </ol>
    </LabelledSection>
  ));
}

// Memoised so a keystroke re-renders only the entries whose visibility changed.
interface FilterableEntryProps {
  publication: FilterablePublication;
  hidden: boolean;
  skipOffscreen: boolean;
}

const FilterableEntry = memo(function FilterableEntry({ publication, hidden, skipOffscreen }: FilterableEntryProps) {
  return (
    <>
      <PublicationItem id={publication.id} hidden={hidden} skipOffscreen={skipOffscreen}>
        {publication.entry}
      </PublicationItem>
      {publication.notes.map((note, index) => (
        // The notes never change order: they are the server's, fixed for the page's life.
        <li key={index} hidden={hidden}>
          {note}
        </li>
      ))}
    </>
  );
});
