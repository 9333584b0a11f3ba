import { useSyncExternalStore } from "react";
import { formatQuery, parseQuery, type PublicationQuery } from "./publicationQuery";

// The filter lives in the URL so a filtered list can be shared. It is read
// from window.location rather than useSearchParams, which would make Next
// render the list only in the browser and leave none without JavaScript.
//
// The list shows `shown` at once; the URL catches up right after the frame
// that paints it, since replaceState (with the favicon refetch Chrome does on
// every URL change) would otherwise sit between a keystroke and its result.
let shown: string | undefined;
let urlWritePending = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function onPopState(): void {
  shown = window.location.search;
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

const readSearch = () => (shown ??= window.location.search);
// The prerendered HTML shows every publication.
const readServerSearch = () => "";

function writeUrl(): void {
  urlWritePending = false;
  // Keeping the entry's state (Next's own) tells Next's patched replaceState the
  // change is its own, so it does not re-render the whole router for a query only
  // this island reads: with 1,000 publications that re-render cost 300 ms.
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${shown ?? ""}`);
}

function setQuery(query: PublicationQuery): void {
  shown = formatQuery(query);
  notify();
  if (urlWritePending) return;
  urlWritePending = true;
  requestAnimationFrame(() => setTimeout(writeUrl));
}

/** The filter's query and its setter; rendered in step, never deferred, so the list always matches the controls. */
export function useFilterQuery(): [PublicationQuery, (query: PublicationQuery) => void] {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch);
  return [parseQuery(search), setQuery];
}
