import type { Publication } from "../profile/model";

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
