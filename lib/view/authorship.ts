import type { Publication } from "../profile/model";

/** The author marks a list of papers uses, each explained wherever it is shown. */
export interface AuthorMarks {
  equalContribution: boolean;
  corresponding: boolean;
}

export function usesAnyMark({ equalContribution, corresponding }: AuthorMarks): boolean {
  return equalContribution || corresponding;
}

export function authorMarksOf(publications: readonly Publication[]): AuthorMarks {
  const authors = publications.flatMap(({ authors }) => authors);
  return {
    equalContribution: authors.some((author) => author.equalContribution),
    corresponding: authors.some((author) => author.corresponding),
  };
}

/**
 * The owner's place among a paper's authors. Homepages mark shared first
 * authorship with the equal-contribution sign on every name of the leading
 * group, so an owner listed second after "A*, Owner*" is a first author too.
 */
export function isFirstAuthor({ authors }: Publication): boolean {
  const self = authors.findIndex((author) => author.isSelf);
  if (self === 0) return true;
  return self > 0 && authors.slice(0, self + 1).every((author) => author.equalContribution);
}

/** Whether the owner is marked as one of the paper's equal contributors. */
export function sharesEqualContribution({ authors }: Publication): boolean {
  return authors.some((author) => author.isSelf && author.equalContribution);
}
