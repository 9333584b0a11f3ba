import type { Profile, Publication } from "../profile/model";
import { getPublications } from "../profile/select";
import { bibtexEntries } from "./bibtex";

/** A profile's papers, findable by id, each with its BibTeX entry. */
export interface PublicationCatalog {
  publications: Publication[];
  byId: ReadonlyMap<string, Publication>;
  bibtex: ReadonlyMap<string, string>;
}

// Every paper's page asks for the catalogue; building it per page made a
// build quadratic in the number of papers, so it is built once per parse.
const catalogs = new WeakMap<Profile, PublicationCatalog>();

export function publicationCatalog(profile: Profile): PublicationCatalog {
  let catalog = catalogs.get(profile);
  if (!catalog) {
    const publications = getPublications(profile);
    catalog = {
      publications,
      byId: new Map(publications.map((publication) => [publication.id, publication])),
      bibtex: bibtexEntries(publications),
    };
    catalogs.set(profile, catalog);
  }
  return catalog;
}
