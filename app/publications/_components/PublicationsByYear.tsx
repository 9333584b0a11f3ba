import { memo, useMemo, type ReactNode } from "react";
import { filteredOutAttributes, LabelledSection } from "@/app/_components/LabelledSection";
import { PublicationListItem } from "@/app/publications/_components/PublicationListItem";
import { useFragmentTargetInView } from "@/app/publications/_components/useFragmentTargetInView";
import { groupByYear } from "@/lib/view/chronology";
import { UNDATED, yearAnchor, type FacetedPublication } from "@/lib/view/publication-query";

/** A publication as the filterable list holds it: what the filter reads, and what the server rendered. */
export interface ListedPublication extends FacetedPublication {
  year: number | null;
  /** Its PublicationSummary, rendered on the server so the client island ships no markup code. */
  summary: ReactNode;
  /** The unparsed markdown the author wrote below it, rendered on the server. */
  unparsed: ReactNode[];
}

/**
 * Above this many entries, off-screen years and entries are skipped (see
 * skip-offscreen in globals.css). Skipping whole years matters most: a
 * keystroke that shows or hides hundreds of entries then restyles only those
 * in the years on screen.
 */
const LONG_LIST = 100;
/** An entry's height before it is first shown, as skip-offscreen guesses it. */
const ENTRY_HEIGHT_REM = 10;

interface PublicationsByYearProps {
  /** Sorted newest year first, undated last. */
  publications: ListedPublication[];
  /** Whether each publication, by index, passes the filter. */
  matches: readonly boolean[];
}

/**
 * Every publication under its year heading, with the ones the filter rejects
 * hidden rather than removed, so that showing them again costs no rendering.
 * A keystroke re-renders only the entries whose visibility changed.
 */
export function PublicationsByYear({ publications, matches }: PublicationsByYearProps) {
  const years = useMemo(
    () =>
      groupByYear(
        publications.map((publication, index) => ({ publication, index })),
        ({ publication }) => publication.year,
      ),
    [publications],
  );
  const skipOffscreen = publications.length > LONG_LIST;
  useFragmentTargetInView(skipOffscreen);
  return years.map(({ year, items }) => (
    <LabelledSection
      key={year ?? UNDATED}
      headingId={yearAnchor(year)}
      heading={year ?? "Undated"}
      filteredOut={!items.some(({ index }) => matches[index])}
      offscreenHeightRem={skipOffscreen ? items.length * ENTRY_HEIGHT_REM : undefined}
    >
      <ol className="flex flex-col gap-7">
        {items.map(({ publication, index }) => (
          <PublicationWithUnparsed
            key={publication.id}
            publication={publication}
            filteredOut={!matches[index]}
            skipOffscreen={skipOffscreen}
          />
        ))}
      </ol>
    </LabelledSection>
  ));
}

interface PublicationWithUnparsedProps {
  publication: ListedPublication;
  filteredOut: boolean;
  skipOffscreen: boolean;
}

// Memoised: of a thousand entries, a keystroke re-renders only those it shows or hides.
const PublicationWithUnparsed = memo(function PublicationWithUnparsed({
  publication,
  filteredOut,
  skipOffscreen,
}: PublicationWithUnparsedProps) {
  return (
    <>
      <PublicationListItem id={publication.id} skipOffscreen={skipOffscreen} filteredOut={filteredOut}>
        {publication.summary}
      </PublicationListItem>
      {publication.unparsed.map((block, index) => (
        // Never reordered: the server's, fixed for the page's life. data-note-of names the paper the block
        // follows, which is how the browser tests find it.
        <li key={index} data-note-of={publication.id} {...filteredOutAttributes(filteredOut)}>
          {block}
        </li>
      ))}
    </>
  );
});
