import type { Profile, YearMonth } from "../profile/model";
import { getUpdates } from "../profile/select";
import { FEED_PATH, HOME_PATH, UPDATES_PATH } from "./paths";
import { firstSentence, truncateWords } from "./sentences";
import { absoluteUrl, siteDescription, type Site } from "./site";
import { anchorUpdates, type AnchoredUpdate } from "./update-anchors";

const TITLE_LIMIT = 120;

// Characters XML 1.0 forbids outright; a stray one would make every reader reject the feed.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Updates name a month; the feed dates each one at midnight UTC on its first day. */
function atomDate(date: YearMonth): string {
  return `${date.year}-${String(date.month ?? 1).padStart(2, "0")}-01T00:00:00Z`;
}

export function feedTitle(profile: Profile): string {
  return `Updates · ${profile.name}`;
}

function entry({ update, anchor }: AnchoredUpdate, site: Site): string {
  const date = atomDate(update.date);
  return [
    "  <entry>",
    // The id never carries the trailing slash of a static export, so moving hosts keeps it.
    `    <id>${escapeXml(`${site.url}${UPDATES_PATH}#${anchor}`)}</id>`,
    `    <title type="text">${escapeXml(truncateWords(firstSentence(update.text), TITLE_LIMIT))}</title>`,
    `    <published>${date}</published>`,
    `    <updated>${date}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(site, `${UPDATES_PATH}#${anchor}`))}"/>`,
    `    <content type="html">${escapeXml(update.html)}</content>`,
    "  </entry>",
  ].join("\n");
}

/** An Atom feed (RFC 4287) of the updates, newest first as the author lists them. */
export function toAtomFeed(profile: Profile, site: Site): string {
  const updates = getUpdates(profile);
  const newest = updates
    .map((update) => atomDate(update.date))
    .sort()
    .at(-1);
  const updated = newest ?? `${profile.updated ?? "1970-01-01"}T00:00:00Z`;
  const home = absoluteUrl(site, HOME_PATH);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    // xml:base resolves the relative links an update may contain against the site.
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="${escapeXml(home)}">`,
    `  <id>${escapeXml(home)}</id>`,
    `  <title type="text">${escapeXml(feedTitle(profile))}</title>`,
    `  <subtitle type="text">${escapeXml(siteDescription(profile))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(site, FEED_PATH))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(site, UPDATES_PATH))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(profile.name)}</name><uri>${escapeXml(home)}</uri></author>`,
    ...anchorUpdates(updates).map((anchored) => entry(anchored, site)),
    "</feed>",
    "",
  ].join("\n");
}
