import type { Author } from "../profile/model";

/** How many of a long list's first authors stay in view, besides the owner and the last author. */
const FIRST_FEW = 3;

/** A gap where folded names were left out of the short list. */
export const GAP = "gap";

/**
 * An author list as a list shows it: whole, or, past the profile's limit, a
 * short list (the first few, the owner wherever they are, the last author,
 * with gaps between) and how many names it leaves out. The full list is
 * still there to unfold, and a paper's own page always shows it whole.
 */
export type AuthorFolding =
  | { kind: "whole"; authors: Author[] }
  | { kind: "folded"; authors: Author[]; short: Array<Author | typeof GAP>; hidden: number };

export function foldAuthors(authors: Author[], limit: number): AuthorFolding {
  if (authors.length <= limit) return { kind: "whole", authors };
  const last = authors.length - 1;
  const shown = authors.filter((author, index) => index < FIRST_FEW || index === last || author.isSelf);
  const short = authors.flatMap((author, index): Array<Author | typeof GAP> => {
    if (!shown.includes(author)) return [];
    const previous = authors[index - 1];
    return index > 0 && previous && !shown.includes(previous) ? [GAP, author] : [author];
  });
  return { kind: "folded", authors, short, hidden: authors.length - shown.length };
}
