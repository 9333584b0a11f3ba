import type { Metadata } from "next";
import type { Image, Profile } from "../profile/model";
import { feedTitle } from "./atom";
import { FEED_PATH, SOCIAL_IMAGE_PATH } from "./paths";
import { absoluteFileUrl, absoluteUrl, siteDescription, siteFromEnv, type Site } from "./site";
import { SOCIAL_CARD_SIZE, socialCard } from "./social-card";

/** The Atom feed, advertised by every page (`<link rel="alternate" type="application/atom+xml">`). */
function feedLink(profile: Profile, site: Site): NonNullable<Metadata["alternates"]>["types"] {
  return { "application/atom+xml": [{ url: absoluteUrl(site, FEED_PATH), title: feedTitle(profile) }] };
}

/** What every page inherits from the root layout, the 404 page included. */
export function siteMetadata(profile: Profile): Metadata {
  const site = siteFromEnv();
  const description = siteDescription(profile);
  return {
    metadataBase: new URL(site.url),
    title: { template: `%s · ${profile.name}`, default: profile.name },
    description,
    alternates: { types: feedLink(profile, site) },
    openGraph: { type: "website", siteName: profile.name, title: profile.name, description, locale: "en" },
    twitter: { card: "summary_large_image", title: profile.name, description },
  };
}

/**
 * The card drawn by app/opengraph-image.tsx. Next attaches it to the pages of
 * its own segment only; a page that sets `openGraph` must name it again.
 */
function socialImages(profile: Profile) {
  return [{ url: SOCIAL_IMAGE_PATH, ...SOCIAL_CARD_SIZE, type: "image/png", alt: socialCard(profile).alt }];
}

/** A page's own picture as its link preview (a paper's teaser), with its size when known. */
function pageImages(image: Image, site: Site, title: string) {
  return [{ url: absoluteFileUrl(site, image.source), ...(image.size ?? {}), alt: image.alt || title }];
}

interface PageDescription {
  /** Site path of the page: "/publications". */
  path: string;
  /** The page's own title, which the layout's template follows with the name; null for the home page. */
  title: string | null;
  description: string;
  type?: "website" | "profile" | "article";
  /** The page's own picture for link previews; without one, the site's social card. */
  image?: Image | null;
}

/**
 * A page's canonical URL, title and description, for search engines and link
 * previews. Next merges metadata shallowly: a page that sets `alternates` or
 * `openGraph` replaces the layout's, so this repeats what must stay (the feed link).
 */
export function pageMetadata(
  profile: Profile,
  { path, title, description, type = "website", image = null }: PageDescription,
): Metadata {
  const site = siteFromEnv();
  const images = image ? pageImages(image, site, title ?? profile.name) : socialImages(profile);
  const url = absoluteUrl(site, path);
  const fullTitle = title ? `${title} · ${profile.name}` : profile.name;
  return {
    title: title ?? { absolute: profile.name },
    description,
    alternates: { canonical: url, types: feedLink(profile, site) },
    openGraph: {
      type,
      url,
      title: fullTitle,
      description,
      siteName: profile.name,
      locale: "en",
      images,
    },
    twitter: { card: "summary_large_image", title: fullTitle, description, images },
  };
}
