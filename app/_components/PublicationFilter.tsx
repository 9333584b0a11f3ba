"use client";

import { useRef, useSyncExternalStore } from "react";
import { FilterField } from "./FilterField";
import { foldAccents } from "@/lib/profile/text/fold";
import { PublicationGroups } from "./PublicationGroups";
import {
  NO_QUERY,
  UNDATED,
  countLabel,
  facetCounts,
  formatQuery,
  isFiltered,
  matches,
  parseQuery,
  yearValue,
  type FilterablePublication,
  type PublicationQuery,
  type TopicOption,
} from "./publicationQuery";

interface PublicationFilterProps {
  /** Sorted newest year first, undated last. */
  publications: FilterablePublication[];
  topics: TopicOption[];
}

// The filter lives in the URL so a filtered list can be shared. It is read
// from window.location rather than useSearchParams, which would make Next
// render this subtree only in the browser and leave no list without JavaScript.
const listeners = new Set<() => void>();

// Next's own navigations (the header's "Publications" link while filtered)
// change the URL through history.pushState, which fires no event. The
// Navigation API reports those too, where the browser has it.
function urlChanges(): EventTarget | undefined {
  return (window as { navigation?: EventTarget }).navigation;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  urlChanges()?.addEventListener("currententrychange", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
    urlChanges()?.removeEventListener("currententrychange", listener);
  };
}

const readSearch = () => window.location.search;
// The prerendered HTML shows every publication.
const readServerSearch = () => "";

function writeQuery(query: PublicationQuery): void {
  window.history.replaceState(null, "", `${window.location.pathname}${formatQuery(query)}`);
  for (const listener of listeners) listener();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

const CONTROL =
  "block h-10 w-full min-w-0 rounded-md border border-line bg-paper px-3 text-[0.9375rem] text-ink placeholder:text-muted focus-visible:border-accent";

export function PublicationFilter({ publications, topics }: PublicationFilterProps) {
  // Rendered in step with the URL, never deferred, so the list and its count always match the controls.
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch);
  const searchInput = useRef<HTMLInputElement>(null);

  const query = parseQuery(search);
  const filtered = isFiltered(query);
  const foldedText = foldAccents(query.q.trim());
  const shown = publications.filter((publication) => matches(publication, query, foldedText));

  const yearCounts = facetCounts(publications, query, foldedText, "year", (p) => [yearValue(p.year)]);
  const venueCounts = facetCounts(publications, query, foldedText, "venue", (p) => (p.venue ? [p.venue] : []));
  const topicCounts = facetCounts(publications, query, foldedText, "topic", (p) => p.topics);
  const years = unique(publications.map((p) => yearValue(p.year)));
  const venues = unique(publications.flatMap((p) => (p.venue ? [p.venue] : []))).sort((a, b) => a.localeCompare(b));

  const update = (change: Partial<PublicationQuery>) => writeQuery({ ...query, ...change });
  const clear = () => {
    writeQuery(NO_QUERY);
    // The button disappears once the filters are clear; keep focus somewhere useful.
    searchInput.current?.focus();
  };

  return (
    <div>
      <form
        role="search"
        aria-label="Filter publications"
        onSubmit={(event) => event.preventDefault()}
        className="needs-script mb-8 grid grid-cols-2 gap-3 rounded-lg border border-line bg-surface p-4 sm:gap-x-4 sm:p-5 lg:grid-cols-[minmax(0,1.5fr)_minmax(0,0.8fr)_minmax(0,0.8fr)_minmax(0,1.4fr)]"
      >
        <FilterField htmlFor="publication-search" label="Search" className="col-span-2 lg:col-span-1">
          <input
            ref={searchInput}
            id="publication-search"
            type="search"
            value={query.q}
            onChange={(event) => update({ q: event.target.value })}
            placeholder="Title, author or venue"
            autoComplete="off"
            spellCheck={false}
            className={CONTROL}
          />
        </FilterField>
        <FilterField htmlFor="publication-year" label="Year">
          <select
            id="publication-year"
            value={query.year}
            onChange={(event) => update({ year: event.target.value })}
            className={CONTROL}
          >
            <option value="">All years</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year === UNDATED ? "Undated" : year} ({yearCounts.get(year) ?? 0})
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField htmlFor="publication-venue" label="Venue">
          <select
            id="publication-venue"
            value={query.venue}
            onChange={(event) => update({ venue: event.target.value })}
            className={CONTROL}
          >
            <option value="">All venues</option>
            {venues.map((venue) => (
              <option key={venue} value={venue}>
                {venue} ({venueCounts.get(venue) ?? 0})
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField htmlFor="publication-topic" label="Topic" className="col-span-2 lg:col-span-1">
          <select
            id="publication-topic"
            value={query.topic}
            onChange={(event) => update({ topic: event.target.value })}
            className={CONTROL}
          >
            <option value="">All topics</option>
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topic.title} ({topicCounts.get(topic.slug) ?? 0})
              </option>
            ))}
          </select>
        </FilterField>
      </form>

      <div className="mb-8 flex min-h-8 flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p role="status" className="text-sm font-medium text-muted">
          {countLabel(shown.length, publications.length, filtered)}
        </p>
        {filtered && (
          <button
            type="button"
            onClick={clear}
            className="min-h-8 rounded-md border border-line px-3 text-sm font-medium text-accent hover:border-accent hover:bg-accent-soft"
          >
            Clear filters
          </button>
        )}
      </div>

      {shown.length === 0 && <p className="text-muted">No publications match these filters.</p>}
      <PublicationGroups publications={shown} />
    </div>
  );
}
