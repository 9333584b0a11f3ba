import type { Profile, Publication } from "../profile/model";
import { getCurrentPosition, getEducation, getEmail } from "../profile/select";
import { HOME_PATH, publicationPath } from "./paths";
import { absoluteFileUrl, absoluteUrl, siteDescription, type Site } from "./site";

type JsonLdValue = string | number | boolean | JsonLdValue[] | JsonLdObject;
/** A schema.org node; properties left undefined are dropped when serialized. */
export interface JsonLdObject {
  [property: string]: JsonLdValue | undefined;
}

const CONTEXT = "https://schema.org";

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The site's owner, for the home page. */
export function personJsonLd(profile: Profile, site: Site): JsonLdObject {
  const position = getCurrentPosition(profile);
  const email = getEmail(profile);
  const home = absoluteUrl(site, HOME_PATH);
  // The owner's pages elsewhere; an email address is `email`, not a page.
  const profileUrls = profile.links.map((link) => link.href).filter((href) => !href.startsWith("mailto:"));
  return {
    "@context": CONTEXT,
    "@type": "Person",
    "@id": `${home}#person`,
    name: profile.name,
    url: home,
    description: siteDescription(profile),
    jobTitle: position?.title ?? undefined,
    worksFor: position ? { "@type": "Organization", name: position.organization } : undefined,
    alumniOf: unique(getEducation(profile).map((education) => education.organization)).map((name) => ({
      "@type": "EducationalOrganization",
      name,
    })),
    email: email ? `mailto:${email}` : undefined,
    sameAs: profileUrls.length > 0 ? profileUrls : undefined,
  };
}

function venueNode(publication: Publication): JsonLdObject | undefined {
  if (!publication.venue) return undefined;
  return {
    "@type": publication.venue.kind === "journal" ? "Periodical" : "CreativeWork",
    name: publication.venue.short,
  };
}

/** One paper; `@id` and `url` are its page on this site, `sameAs` the paper itself. */
function scholarlyArticleJsonLd(publication: Publication, site: Site): JsonLdObject {
  const page = absoluteUrl(site, publicationPath(publication.id));
  return {
    "@type": "ScholarlyArticle",
    "@id": page,
    url: page,
    headline: publication.title,
    name: publication.title,
    author: publication.authors.map((author) => ({ "@type": "Person", name: author.name })),
    datePublished: publication.year === null ? undefined : String(publication.year),
    isPartOf: venueNode(publication),
    sameAs: publication.url ?? undefined,
    keywords: publication.topics.length > 0 ? publication.topics.join(", ") : undefined,
    abstract: publication.abstract?.text,
    image: publication.teaser ? absoluteFileUrl(site, publication.teaser.source) : undefined,
  };
}

/** A standalone document for one paper's page. */
export function publicationJsonLd(publication: Publication, site: Site): JsonLdObject {
  return { "@context": CONTEXT, ...scholarlyArticleJsonLd(publication, site) };
}

/**
 * Every paper, for the publications page: each named and dated, with the `@id`
 * of its own page, whose JSON-LD carries the full record (authors, venue). The
 * list stays small however many authors the papers have; it is sent twice, in
 * the HTML and in the payload React hydrates from.
 */
export function publicationListJsonLd(publications: Publication[], site: Site): JsonLdObject {
  return {
    "@context": CONTEXT,
    "@graph": publications.map((publication) => {
      const { "@type": type, "@id": id, url, name, datePublished } = scholarlyArticleJsonLd(publication, site);
      return { "@type": type, "@id": id, url, name, datePublished };
    }),
  };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser
 * ends the element at the first "</script" whatever the JSON says, so "<" (and
 * its companions) are written as \u escapes, which JSON reads back unchanged.
 */
export function serializeJsonLd(value: JsonLdObject): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => UNSAFE_IN_SCRIPT[character] ?? character);
}
