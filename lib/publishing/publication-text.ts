import type { Publication } from "../profile/model";

/** The venue as the author wrote it ("In Proc. of ICML 2023."), else its short name and year. */
export function venueText(publication: Publication): string | null {
  if (publication.venueLine) return publication.venueLine;
  if (!publication.venue) return null;
  return publication.year === null ? publication.venue.short : `${publication.venue.short} ${publication.year}`;
}

const NAMED_AUTHORS = 3;

/** "Jue Wang, Yucheng Lu, Binhang Yuan et al." — short enough for a search result. */
export function shortAuthorList(publication: Publication): string | null {
  const names = publication.authors.map((author) => author.name);
  if (names.length === 0) return null;
  if (names.length <= NAMED_AUTHORS + 1) return names.join(", ");
  return `${names.slice(0, NAMED_AUTHORS).join(", ")} et al.`;
}

/** One line for search results and link previews: who wrote it and where it appeared. */
export function publicationDescription(publication: Publication): string {
  const parts = [shortAuthorList(publication), venueText(publication)].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return publication.title;
  return parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(" ");
}
