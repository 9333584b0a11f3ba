import { useEffect, type RefObject } from "react";
import type { FacetParam } from "@/lib/view/facets";
import {
  formatQuery,
  parseQuery,
  SEARCH_PARAM,
  type PublicationQuery,
  type QueryParam,
} from "@/lib/view/publication-query";

/** The id of the filter control that sets a query parameter: "publication-search", "publication-year". */
export function controlId(param: QueryParam): string {
  return param === SEARCH_PARAM ? "publication-search" : `publication-${param}`;
}

function valueOf(controls: HTMLFormControlsCollection, param: QueryParam): string {
  const control = controls.namedItem(controlId(param));
  return control instanceof HTMLInputElement || control instanceof HTMLSelectElement ? control.value : "";
}

/**
 * Adopts what the reader typed or chose in the filter before React hydrated
 * it. The server renders the controls empty; a change made before hydration
 * stays in them but reaches no onChange, so without this the list would
 * ignore a query the search field shows (on a long list, hydration takes a
 * second or more on a phone).
 */
export function useChangesBeforeHydration(
  form: RefObject<HTMLFormElement | null>,
  facets: readonly FacetParam[],
  setQuery: (query: PublicationQuery) => void,
): void {
  useEffect(() => {
    const controls = form.current?.elements;
    if (!controls) return;
    const inUrl = parseQuery(window.location.search, facets);
    const query: PublicationQuery = {
      text: valueOf(controls, SEARCH_PARAM) || inUrl.text,
      chosen: { ...inUrl.chosen },
    };
    for (const facet of facets) {
      const value = valueOf(controls, facet);
      if (value) query.chosen[facet] = value;
    }
    if (formatQuery(query) !== formatQuery(inUrl)) setQuery(query);
  }, [form, facets, setQuery]);
}
