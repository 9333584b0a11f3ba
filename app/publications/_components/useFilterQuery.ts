import { useSyncExternalStore } from "react";
import type { FacetParam } from "@/lib/view/facets";
import { formatQuery, parseQuery, type PublicationQuery } from "@/lib/view/publication-query";

// The filter lives in the URL so a filtered list can be shared. It is read
// from window.location rather than useSearchParams, which would make Next
// render the list only in the browser and leave none without JavaScript.
//
// The list follows `currentSearch` at once; the URL catches up once typing
// pauses. Each URL change goes through Next's router (it keeps its hooks in
// step with history.replaceState) and costs a favicon refetch in Chrome: main
// thread work that would otherwise land between keystrokes.
const URL_DELAY_MS = 300;
let currentSearch: string | undefined;
let urlWrite: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function onPopState(): void {
  currentSearch = window.location.search;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("popstate", onPopState);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPopState);
  };
}

const readSearch = () => (currentSearch ??= window.location.search);
// The prerendered HTML shows every publication.
const readServerSearch = () => "";

function writeUrl(): void {
  urlWrite = undefined;
  // The public way to change the URL under Next's router: it keeps its own
  // state for the history entry and brings useSearchParams into step.
  window.history.replaceState(null, "", `${window.location.pathname}${currentSearch ?? ""}`);
}

function setQuery(query: PublicationQuery): void {
  currentSearch = formatQuery(query);
  notify();
  clearTimeout(urlWrite);
  urlWrite = setTimeout(writeUrl, URL_DELAY_MS);
}

function writePendingUrl(): void {
  if (urlWrite === undefined) return;
  clearTimeout(urlWrite);
  writeUrl();
}

/**
 * The filter's query, its setter, and a function that writes a pending query
 * to the URL at once (for when the reader leaves the controls, perhaps to
 * follow a link). The query renders in step, never deferred, so the list
 * always matches the controls.
 */
export function useFilterQuery(
  facets: readonly FacetParam[],
): [PublicationQuery, (query: PublicationQuery) => void, () => void] {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch);
  return [parseQuery(search, facets), setQuery, writePendingUrl];
}
