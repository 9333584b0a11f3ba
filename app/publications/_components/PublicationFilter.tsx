"use client";

import { useMemo, useRef } from "react";
import type { Topic } from "@/lib/view";
import { FilterField } from "@/app/publications/_components/FilterField";
import { PublicationsByYear } from "@/app/publications/_components/PublicationsByYear";
import { CONTROL_IDS, useChangesBeforeHydration } from "@/app/publications/_components/useChangesBeforeHydration";
import { useFilterQuery } from "@/app/publications/_components/useFilterQuery";
import {
  NO_QUERY,
  UNDATED,
  countLabel,
  filterPublications,
  isFiltered,
  yearValue,
  type FilterablePublication,
  type PublicationQuery,
} from "@/app/publications/_components/publicationQuery";

interface PublicationFilterProps {
  /** Sorted newest year first, undated last. */
  publications: FilterablePublication[];
  topics: Topic[];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

const CONTROL =
  "block h-10 w-full min-w-0 rounded-md border border-line bg-paper px-3 text-[0.9375rem] text-ink placeholder:text-muted focus-visible:border-accent";

export function PublicationFilter({ publications, topics }: PublicationFilterProps) {
  const [query, setQuery, writeQueryToUrl] = useFilterQuery();
  const searchInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useChangesBeforeHydration(form, setQuery);

  const filtered = isFiltered(query);
  const { shown, shownCount, counts } = filterPublications(publications, query);
  const years = useMemo(() => unique(publications.map((p) => yearValue(p.year))), [publications]);
  const venues = useMemo(
    () => unique(publications.flatMap((p) => (p.venue ? [p.venue] : []))).sort((a, b) => a.localeCompare(b)),
    [publications],
  );

  const update = (change: Partial<PublicationQuery>) => setQuery({ ...query, ...change });
  const clear = () => {
    setQuery(NO_QUERY);
    // The button disappears once the filters are clear; keep focus somewhere useful.
    searchInput.current?.focus();
  };

  return (
    <div>
      <form
        ref={form}
        role="search"
        aria-label="Filter publications"
        onSubmit={(event) => event.preventDefault()}
        onBlur={writeQueryToUrl}
        className="needs-script mb-8 grid grid-cols-2 gap-3 rounded-lg border border-line bg-surface p-4 sm:gap-x-4 sm:p-5 lg:grid-cols-[minmax(0,1.5fr)_minmax(0,0.8fr)_minmax(0,0.8fr)_minmax(0,1.4fr)]"
      >
        <FilterField htmlFor={CONTROL_IDS.q} label="Search" className="col-span-2 lg:col-span-1">
          <input
            ref={searchInput}
            id={CONTROL_IDS.q}
            type="search"
            value={query.q}
            onChange={(event) => update({ q: event.target.value })}
            placeholder="Title, author or venue"
            autoComplete="off"
            spellCheck={false}
            className={CONTROL}
          />
        </FilterField>
        <FilterField htmlFor={CONTROL_IDS.year} label="Year">
          <select
            id={CONTROL_IDS.year}
            value={query.year}
            onChange={(event) => update({ year: event.target.value })}
            className={CONTROL}
          >
            <option value="">All years</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year === UNDATED ? "Undated" : year} ({counts.year.get(year) ?? 0})
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField htmlFor={CONTROL_IDS.venue} label="Venue">
          <select
            id={CONTROL_IDS.venue}
            value={query.venue}
            onChange={(event) => update({ venue: event.target.value })}
            className={CONTROL}
          >
            <option value="">All venues</option>
            {venues.map((venue) => (
              <option key={venue} value={venue}>
                {venue} ({counts.venue.get(venue) ?? 0})
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField htmlFor={CONTROL_IDS.topic} label="Topic" className="col-span-2 lg:col-span-1">
          <select
            id={CONTROL_IDS.topic}
            value={query.topic}
            onChange={(event) => update({ topic: event.target.value })}
            className={CONTROL}
          >
            <option value="">All topics</option>
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topic.title} ({counts.topic.get(topic.slug) ?? 0})
              </option>
            ))}
          </select>
        </FilterField>
      </form>

      <div className="mb-8 flex min-h-8 flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p role="status" className="text-sm font-medium text-muted">
          {countLabel(shownCount, publications.length, filtered)}
        </p>
        {filtered && (
          <button type="button" onClick={clear} className="button">
            Clear filters
          </button>
        )}
      </div>

      {shownCount === 0 && <p className="text-muted">No publications match these filters.</p>}
      <PublicationsByYear publications={publications} shown={shown} />
    </div>
  );
}
