import { memo, useLayoutEffect, useMemo, useRef } from "react";
import { groupByYear } from "@/lib/view/chronology";
import { LabelledSection } from "@/app/_components/LabelledSection";
import { PublicationListItem } from "@/app/publications/_components/PublicationListItem";
import { yearValue, type FilterablePublication } from "@/app/publications/_components/publicationQuery";
import { useFragmentTargetInView } from "@/app/publications/_components/useFragmentTargetInView";

/**
 * Above this many entries, off-screen years and entries are skipped (see
 * skip-offscreen in globals.css). Skipping whole years matters most: a
 * keystroke that shows or hides hundreds of entries then restyles only those
 * in the years on screen (at 1,000 publications, 3–7 ms rather than 15).
 */
const LONG_LIST = 100;
/** An entry's height before it is first shown, as skip-offscreen guesses it. */
const ENTRY_HEIGHT_REM = 10;

interface PublicationsByYearProps {
  /** Sorted newest year first, undated last. */
  publications: FilterablePublication[];
  /** Whether each publication, by index, passes the filter. */
  shown: readonly boolean[];
}

/**
 * Every publication under its year heading, with the ones the filter rejects
 * hidden rather than removed. React renders the entries once; a keystroke
 * re-renders only the year sections and marks the entries whose visibility
 * changed (useEntryVisibility). Re-rendering hundreds of memoised entries to
 * change one attribute cost most of a keystroke's script time at 1,000
 * publications.
 */
export function PublicationsByYear({ publications, shown }: PublicationsByYearProps) {
  const groups = useMemo(
    () =>
      groupByYear(
        publications.map((publication, index) => ({ publication, index })),
        ({ publication }) => publication.year,
      ).map(({ year, items }) => ({
        year,
        indexes: items.map(({ index }) => index),
        entries: items.map(({ publication }) => publication),
      })),
    [publications],
  );
  useEntryVisibility(publications, shown);
  const skipOffscreen = publications.length > LONG_LIST;
  useFragmentTargetInView(skipOffscreen);
  return groups.map(({ year, indexes, entries }) => (
    <LabelledSection
      key={yearValue(year)}
      headingId={`publications-${yearValue(year)}`}
      heading={year ?? "Undated"}
      filteredOut={!indexes.some((index) => shown[index])}
      offscreenHeightRem={skipOffscreen ? entries.length * ENTRY_HEIGHT_REM : undefined}
    >
      <EntryList publications={entries} skipOffscreen={skipOffscreen} />
    </LabelledSection>
  ));
}

/**
 * Marks each publication's list items as filtered out, or not, before the
 * browser paints. React never renders these attributes on them, so it never
 * undoes this.
 */
function useEntryVisibility(publications: FilterablePublication[], shown: readonly boolean[]): void {
  const found = useRef<HTMLElement[][]>([]);
  useLayoutEffect(() => {
    if (found.current.length !== publications.length || !found.current.every((items) => items[0]?.isConnected)) {
      found.current = publications.map(listItemsOf);
    }
    found.current.forEach((items, index) => {
      const filteredOut = !shown[index];
      for (const item of items) if (item.inert !== filteredOut) markFilteredOut(item, filteredOut);
    });
  }, [publications, shown]);
}

function markFilteredOut(item: HTMLElement, filteredOut: boolean): void {
  item.toggleAttribute("data-filtered-out", filteredOut);
  item.inert = filteredOut;
}

/** A publication's entry and the notes written below it, in document order. */
function listItemsOf(publication: FilterablePublication): HTMLElement[] {
  const entry = document.getElementById(publication.id);
  if (!entry) return [];
  const items = [entry];
  for (
    let next = entry.nextElementSibling;
    next instanceof HTMLElement && next.dataset.noteOf === publication.id;
    next = next.nextElementSibling
  ) {
    items.push(next);
  }
  return items;
}

interface EntryListProps {
  publications: FilterablePublication[];
  skipOffscreen: boolean;
}

// Memoised on props that never change for the page's life, so a keystroke never re-renders the entries.
const EntryList = memo(function EntryList({ publications, skipOffscreen }: EntryListProps) {
  return (
    <ol className="flex flex-col gap-7">
      {publications.map((publication) => (
        <FilterableEntry key={publication.id} publication={publication} skipOffscreen={skipOffscreen} />
      ))}
    </ol>
  );
});

interface FilterableEntryProps {
  publication: FilterablePublication;
  skipOffscreen: boolean;
}

function FilterableEntry({ publication, skipOffscreen }: FilterableEntryProps) {
  return (
    <>
      <PublicationListItem id={publication.id} skipOffscreen={skipOffscreen}>
        {publication.entry}
      </PublicationListItem>
      {publication.notes.map((note, index) => (
        // The notes never change order: they are the server's, fixed for the page's life.
        <li key={index} data-note-of={publication.id}>
          {note}
        </li>
      ))}
    </>
  );
}
