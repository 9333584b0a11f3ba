import type { Publication } from "../profile/model";
import { foldAccents } from "../profile/text/fold";

/** How both a publication's text and a query are compared: without case or accents, so "zoe" finds "Zoë". */
export const foldForSearch = foldAccents;

/** What a search matches in a publication: its title, authors and venue, folded once on the server. */
export function publicationSearchText(publication: Publication): string {
  const { title, authors, venueLine, venue } = publication;
  return foldForSearch(
    [title, ...authors.map((author) => author.name), venueLine, venue?.short].filter(Boolean).join(" "),
  );
}
