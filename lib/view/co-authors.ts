import type { Publication } from "../profile/model";
import { withoutMiddleInitials } from "./person-names";
import { foldForSearch } from "./search-text";

/** One person the owner wrote with, however the author spelled them from paper to paper. */
export interface CoAuthor {
  /** The spelling written most often. */
  name: string;
  /** What the search box gets to find every paper of theirs (see publicationSearchText). */
  query: string;
  paperCount: number;
}

/** Names that differ only in accents, case or a middle initial are one person: "Christopher Ré", "christopher re". */
export function personKey(name: string): string {
  return foldForSearch(withoutMiddleInitials(name));
}

/** Ties go to the spelling with capitals and accents, which a hasty lower-case one has lost. */
function richness(name: string): number {
  return [...name].filter((character) => character !== foldForSearch(character)).length;
}

function preferredSpelling(spellings: ReadonlyMap<string, number>): string {
  const [best] = [...spellings].sort(
    ([a, countA], [b, countB]) => countB - countA || richness(b) - richness(a) || b.length - a.length,
  );
  return best?.[0] ?? "";
}

/** A query that finds every spelling: the name itself, unless the spellings differ by more than case and accents. */
function queryFor(name: string, spellings: ReadonlyMap<string, number>): string {
  const folded = foldForSearch(name);
  return [...spellings.keys()].every((spelling) => foldForSearch(spelling) === folded)
    ? name
    : withoutMiddleInitials(name);
}

/** Everyone but the owner, with how many papers they share, most first, then by name. */
export function coAuthors(publications: readonly Publication[]): CoAuthor[] {
  const people = new Map<string, { spellings: Map<string, number>; papers: Set<string> }>();
  for (const publication of publications) {
    for (const author of publication.authors) {
      if (author.isSelf) continue;
      const key = personKey(author.name);
      if (!key) continue;
      const person = people.get(key) ?? { spellings: new Map<string, number>(), papers: new Set<string>() };
      person.spellings.set(author.name, (person.spellings.get(author.name) ?? 0) + 1);
      person.papers.add(publication.id);
      people.set(key, person);
    }
  }
  return [...people.values()]
    .map(({ spellings, papers }) => {
      const name = preferredSpelling(spellings);
      return { name, query: queryFor(name, spellings), paperCount: papers.size };
    })
    .sort((a, b) => b.paperCount - a.paperCount || a.name.localeCompare(b.name));
}
