import type { Publication } from "../profile/model";
import { foldAccents } from "../profile/text/fold";
import { withoutMiddleInitials } from "./person-names";

/** How both a publication's text and a query are compared: without case or accents, so "zoe" finds "Zoë". */
export const foldForSearch = foldAccents;

/**
 * An author's name, and without its middle initials when it has some, so that
 * the co-author index's query for "Mayee Chen" finds "Mayee F. Chen" too.
 */
function authorSearchNames(name: string): string[] {
  const short = withoutMiddleInitials(name);
  return short === name.trim() ? [name] : [name, short];
}

/** What a search matches in a publication: its title, authors and venue, folded once on the server. */
export function publicationSearchText(publication: Publication): string {
  const { title, authors, venueLine, venue } = publication;
  return foldForSearch(
    [title, ...authors.flatMap((author) => authorSearchNames(author.name)), venueLine, venue?.short]
      .filter(Boolean)
      .join(" "),
  );
}
