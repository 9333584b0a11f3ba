"use client";

import { useMemo, useRef } from "react";
import { FilterField } from "@/app/publications/_components/FilterField";
import { PublicationsByYear, type ListedPublication } from "@/app/publications/_components/PublicationsByYear";
import { controlId, useChangesBeforeHydration } from "@/app/publications/_components/useChangesBeforeHydration";
import { useFilterQuery } from "@/app/publications/_components/useFilterQuery";
import type { FacetControl } from "@/lib/view/facets";
// The island imports the modules it runs rather than lib/view/index.ts, so the browser gets no server code.
import {
  countLabel,
  filterPublications,
  isFiltered,
  NO_QUERY,
  SEARCH_PARAM,
  type PublicationQuery,
} from "@/lib/view/publication-query";

interface PublicationFilterProps {
  /** Sorted newest year first, undated last. */
  publications: ListedPublication[];
  /** One per facet, in the facet table's order (lib/view/facets.ts). */
  facets: FacetControl[];
}

const CONTROL =
  "block h-10 w-full min-w-0 rounded-md border border-line bg-paper px-3 text-[0.9375rem] text-ink placeholder:text-muted focus-visible:border-accent";

/**
 * On a wide screen the search has a row of its own (with four facets, one row clipped their labels) and the
 * facets share the next, one with long option labels taking more room than a short one; each keeps the width
 * its "All …" label needs, and more facets than fit wrap to a further row rather than clip. Classes rather than
 * a style attribute: the pages' CSP allows no inline style.
 */
const WIDE_SHARE = {
  search: "lg:basis-full",
  short: "lg:flex-[1_1_7.5rem]",
  long: "lg:flex-[1.75_1_10.5rem]",
} as const;
/** On a phone, two controls to a row: the search and long-labelled facets take a row of their own. */
const FULL_ROW_ON_PHONE = "col-span-2";

export function PublicationFilter({ publications, facets }: PublicationFilterProps) {
  const params = useMemo(() => facets.map(({ param }) => param), [facets]);
  const [query, setQuery, writeQueryToUrl] = useFilterQuery(params);
  const searchInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useChangesBeforeHydration(form, params, setQuery);

  const filtered = isFiltered(query);
  const { matches, matchCount, counts } = filterPublications(publications, query, params);

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
        className="needs-script mb-8 grid grid-cols-2 gap-3 rounded-lg border border-line bg-surface p-4 sm:gap-x-4 sm:p-5 lg:flex lg:flex-wrap lg:gap-x-3"
      >
        <FilterField
          htmlFor={controlId(SEARCH_PARAM)}
          label="Search"
          className={`${FULL_ROW_ON_PHONE} min-w-0 ${WIDE_SHARE.search}`}
        >
          <input
            ref={searchInput}
            id={controlId(SEARCH_PARAM)}
            type="search"
            value={query.text}
            onChange={(event) => update({ text: event.target.value })}
            placeholder="Title, author or venue"
            autoComplete="off"
            spellCheck={false}
            className={CONTROL}
          />
        </FilterField>
        {facets.map(({ param, label, anyLabel, optionLength, options }) => (
          <FilterField
            key={param}
            htmlFor={controlId(param)}
            label={label}
            className={`${optionLength === "long" ? FULL_ROW_ON_PHONE : ""} min-w-0 ${WIDE_SHARE[optionLength]}`}
          >
            <select
              id={controlId(param)}
              value={query.chosen[param] ?? ""}
              onChange={(event) => update({ chosen: { ...query.chosen, [param]: event.target.value } })}
              className={CONTROL}
            >
              <option value="">{anyLabel}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label} ({counts.get(param)?.get(option.value) ?? 0})
                </option>
              ))}
            </select>
          </FilterField>
        ))}
      </form>

      <div className="mb-8 flex min-h-8 flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p role="status" className="text-sm font-medium text-muted">
          {countLabel(matchCount, publications.length, filtered)}
        </p>
        {filtered && (
          <button type="button" onClick={clear} className="button">
            Clear filters
          </button>
        )}
      </div>

      {matchCount === 0 && <p className="text-muted">No publications match these filters.</p>}
      <PublicationsByYear publications={publications} matches={matches} />
    </div>
  );
}
