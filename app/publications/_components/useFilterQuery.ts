import { useSyncExternalStore } from "react";
import { formatQuery, parseQuery, type PublicationQuery } from "@/app/publications/_components/publicationQuery";

// The filter lives in the URL so a filtered list can be shared. It is read
// from window.location rather than useSearchParams, which would make Next
// render the list only in the browser and leave none without JavaScript.
//
// The list shows `shown` at once; the URL catches up once typing pauses.
// Each URL change costs a replaceState through Next's router and a favicon
// refetch in Chrome, about 15 ms of main thread that would otherwise land
// between keystrokes.
const URL_DELAY_MS = 300;
let shown: string | undefined;
let urlWrite: ReturnType<typeof setTimeout> | undefined;
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
  urlWrite = undefined;
  // Keeping the entry's state (Next's own) tells Next's patched replaceState the
  // change is its own, so it does not re-render the whole router for a query only
  // this island reads: with 1,000 publications that re-render cost 300 ms.
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${shown ?? ""}`);
}

function setQuery(query: PublicationQuery): void {
  shown = formatQuery(query);
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
export function useFilterQuery(): [PublicationQuery, (query: PublicationQuery) => void, () => void] {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch);
  return [parseQuery(search), setQuery, writePendingUrl];
}
