import type { ProfileService } from "../model";

/** What each service is called where its link is named, in the order a row of profile links lists them. */
export const SERVICE_NAMES: Readonly<Record<ProfileService, string>> = {
  scholar: "Google Scholar",
  orcid: "ORCID",
  dblp: "dblp",
  semantic_scholar: "Semantic Scholar",
  openreview: "OpenReview",
  github: "GitHub",
  gitlab: "GitLab",
  linkedin: "LinkedIn",
  x: "X",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  youtube: "YouTube",
  website: "Website",
  email: "Email",
};

export function isProfileService(key: string): key is ProfileService {
  return Object.hasOwn(SERVICE_NAMES, key);
}

// Each address that is someone's profile on a service, by its form; anything deeper (a repository, a paper) is not.
const PROFILE_FORMS: ReadonlyArray<[ProfileService, RegExp]> = [
  ["scholar", /^https?:\/\/scholar\.google\.[a-z.]+\/citations\?(?:[^#]*&)?user=[\w-]+/i],
  ["orcid", /^https?:\/\/(?:www\.)?orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]\/?$/i],
  ["dblp", /^https?:\/\/dblp\.(?:org|uni-trier\.de)\/pid\/[\w/-]+(?:\.html)?$/i],
  ["semantic_scholar", /^https?:\/\/(?:www\.)?semanticscholar\.org\/author\/[^/?#]+(?:\/\d+)?\/?$/i],
  ["openreview", /^https?:\/\/(?:www\.)?openreview\.net\/profile\?id=[^&#]+$/i],
  ["github", /^https?:\/\/(?:www\.)?github\.com\/[A-Za-z\d](?:[A-Za-z\d-]{0,38})\/?$/],
  ["gitlab", /^https?:\/\/(?:www\.)?gitlab\.com\/[\w.-]+\/?$/i],
  ["linkedin", /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/in\/[^/?#]+\/?$/i],
  ["x", /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\/\w{1,15}\/?$/i],
  ["bluesky", /^https?:\/\/bsky\.app\/profile\/[^/?#]+\/?$/i],
  ["youtube", /^https?:\/\/(?:www\.)?youtube\.com\/(?:@[\w.-]+|c\/[\w.-]+|channel\/[\w-]+|user\/[\w.-]+)\/?$/i],
];

// Pages of the sites themselves that have a profile's form ("github.com/features").
const SITE_PAGES =
  /^https?:\/\/[^/]+\/(?:about|features|pricing|explore|topics|login|signup|search|settings|home|i|intent|share)\/?$/i;

/** The service whose profile an address is, or null: a repository, a paper, a post are not profiles. */
export function profileService(href: string): ProfileService | null {
  if (SITE_PAGES.test(href)) return null;
  return PROFILE_FORMS.find(([, form]) => form.test(href))?.[0] ?? null;
}

/** "@ada@sigmoid.social": a Mastodon handle, never part of an email address. */
export const MASTODON_HANDLE = /(?<![\w.@])@([\w]{1,30})@([a-z\d-]+(?:\.[a-z\d-]+)+)\b/gi;

export function mastodonAddress(user: string, host: string): string {
  return `https://${host.toLowerCase()}/@${user}`;
}

// Where a bare name or id written in the front matter points, per service.
const FROM_ID: Partial<Record<ProfileService, (id: string) => string | null>> = {
  scholar: (id) => (/^[\w-]{12}$/.test(id) ? `https://scholar.google.com/citations?user=${id}` : null),
  orcid: (id) => (/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i.test(id) ? `https://orcid.org/${id.toUpperCase()}` : null),
  dblp: (id) => (/^[\w/-]+$/.test(id) ? `https://dblp.org/pid/${id}` : null),
  semantic_scholar: (id) => (/^\d+$/.test(id) ? `https://www.semanticscholar.org/author/${id}` : null),
  openreview: (id) => (/^~[\w.-]+\d*$/.test(id) ? `https://openreview.net/profile?id=${id}` : null),
  github: (id) => (/^[A-Za-z\d][A-Za-z\d-]{0,38}$/.test(id) ? `https://github.com/${id}` : null),
  gitlab: (id) => (/^[\w.-]+$/.test(id) ? `https://gitlab.com/${id}` : null),
  linkedin: (id) => (/^[\w-]+$/.test(id) ? `https://www.linkedin.com/in/${id}` : null),
  x: (id) => (/^@?\w{1,15}$/.test(id) ? `https://x.com/${id.replace(/^@/, "")}` : null),
  bluesky: (id) => (/^@?[\w-]+(?:\.[\w-]+)+$/.test(id) ? `https://bsky.app/profile/${id.replace(/^@/, "")}` : null),
  youtube: (id) => (/^@[\w.-]+$/.test(id) ? `https://www.youtube.com/${id}` : null),
  mastodon: (id) => {
    const [, user, host] = /^@?([\w]{1,30})@([a-z\d-]+(?:\.[a-z\d-]+)+)$/i.exec(id) ?? [];
    return user && host ? mastodonAddress(user, host) : null;
  },
  email: (id) => (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(id) ? `mailto:${id}` : null),
};

/**
 * The address a front-matter value stands for: a web address as written, or
 * the profile a bare id names ("github: ada" → https://github.com/ada). Null
 * when it is neither.
 */
export function serviceAddress(service: ProfileService | null, value: string): string | null {
  const written = value.trim();
  if (/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(written)) return written;
  if (/^mailto:[^\s]+@[^\s]+$/i.test(written)) return written;
  const fromId = service === null ? undefined : FROM_ID[service];
  return fromId ? fromId(written) : null;
}
