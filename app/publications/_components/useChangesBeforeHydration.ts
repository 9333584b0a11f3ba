import { useEffect, type RefObject } from "react";
import { formatQuery, parseQuery, type PublicationQuery } from "@/app/publications/_components/publicationQuery";

/** The id of each filter control, by the query parameter it sets. */
export const CONTROL_IDS: Record<keyof PublicationQuery, string> = {
  q: "publication-search",
  year: "publication-year",
  venue: "publication-venue",
  topic: "publication-topic",
};

/**
 * Adopts what the reader typed or chose in the filter before React hydrated
 * it. The server renders the controls empty; a change made before hydration
 * stays in them but reaches no onChange, so without this the list would
 * ignore a query the search field shows (on a long list, hydration takes a
 * second or more on a phone).
 */
export function useChangesBeforeHydration(
  form: RefObject<HTMLFormElement | null>,
  setQuery: (query: PublicationQuery) => void,
): void {
  useEffect(() => {
    const controls = form.current?.elements;
    if (!controls) return;
    const changed: Partial<PublicationQuery> = {};
    for (const [key, id] of Object.entries(CONTROL_IDS) as [keyof PublicationQuery, string][]) {
      const control = controls.namedItem(id);
      if ((control instanceof HTMLInputElement || control instanceof HTMLSelectElement) && control.value)
        changed[key] = control.value;
    }
    const inUrl = parseQuery(window.location.search);
    const query = { ...inUrl, ...changed };
    if (formatQuery(query) !== formatQuery(inUrl)) setQuery(query);
  }, [form, setQuery]);
}
