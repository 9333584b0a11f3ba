import path from "node:path";
import type { Image, Profile, Publication, Section } from "../model";
import { readAddress } from "./address";

// Raster formats every browser shows. SVG is left out: opened on its own, an SVG can run script.
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
};

// Counters and status badges a GitHub profile README shows (a venue written as a badge, a visit counter).
const BADGE = /^https:\/\/(?:img\.shields\.io|komarev\.com|visitor-badge\.|github-readme-stats\.|[^/]*badge)/i;

/** An image that is a badge or a counter, never a photo or a teaser. */
export function isBadgeImage(src: string): boolean {
  return BADGE.test(src.trim());
}

export type ReadImage = { ok: true; image: Image } | { ok: false; reason: string };

function extension(address: string): string {
  const [pathname = ""] = address.split(/[?#]/, 1);
  return path.posix.extname(pathname).slice(1).toLowerCase();
}

/** An image as written (`![alt](src)`, `<img src alt>`, `photo: src`), or why it cannot be shown. */
export function readImage(src: string, alt: string, line: number, contentFile: string): ReadImage {
  const address = readAddress(src, contentFile);
  if (!address.ok) return address;
  const type = extension(address.source.kind === "local" ? address.source.file : address.source.url);
  if (type === "svg") {
    return {
      ok: false,
      reason: "SVG images are not published (opened on their own they can run script); use PNG, JPEG or WebP",
    };
  }
  if (address.source.kind === "local" && !Object.hasOwn(IMAGE_TYPES, type)) {
    return {
      ok: false,
      reason: `"${type || "no extension"}" is not an image format the site serves (JPEG, PNG, GIF, WebP, AVIF)`,
    };
  }
  return { ok: true, image: { source: address.source, alt: alt.trim(), size: null, line } };
}

function mapPublication(publication: Publication, replace: (image: Image) => Image | null): Publication {
  return publication.teaser ? { ...publication, teaser: replace(publication.teaser) } : publication;
}

function mapSection(section: Section, replace: (image: Image) => Image | null): Section {
  if (section.kind !== "publications") return section;
  const items = section.items.map((item) => (item.kind === "publication" ? mapPublication(item, replace) : item));
  return { ...section, items };
}

/** Every image the site shows: the photo, then each paper's teaser. */
export function profileImages(profile: Profile): Image[] {
  const teasers = profile.sections.flatMap((section) =>
    section.kind === "publications"
      ? section.items.flatMap((item) => (item.kind === "publication" && item.teaser ? [item.teaser] : []))
      : [],
  );
  return [...(profile.photo ? [profile.photo] : []), ...teasers];
}

/** The profile with each image replaced, or dropped where `replace` returns null. */
export function replaceImages(profile: Profile, replace: (image: Image) => Image | null): Profile {
  return {
    ...profile,
    photo: profile.photo ? replace(profile.photo) : null,
    sections: profile.sections.map((section) => mapSection(section, replace)),
  };
}
