import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { feedTitle } from "./atom";
import { pageMetadata, siteMetadata } from "./page-metadata";
import { FEED_PATH, SOCIAL_IMAGE_PATH } from "./paths";
import { absoluteUrl, siteFromEnv } from "./site";

const profile = parseProfile("---\ntitle: Ada Lovelace\n---\n\nI study engines.\n");
const feed = { "application/atom+xml": [{ url: absoluteUrl(siteFromEnv(), FEED_PATH), title: feedTitle(profile) }] };

describe("pageMetadata", () => {
  it("gives a page its canonical URL, its title before the name, the feed and the social card", () => {
    const metadata = pageMetadata(profile, { path: "/updates", title: "Updates", description: "News." });
    expect(metadata.title).toBe("Updates");
    expect(metadata.alternates).toEqual({ canonical: absoluteUrl(siteFromEnv(), "/updates"), types: feed });
    expect(metadata.openGraph).toMatchObject({ title: "Updates · Ada Lovelace", type: "website" });
    expect(JSON.stringify(metadata.openGraph)).toContain(SOCIAL_IMAGE_PATH);
  });

  it("gives a paper's page its teaser as the link preview, absolute, with its size", () => {
    const teaser = {
      source: { kind: "local" as const, file: "content/t.png", path: "/files/t.png" },
      alt: "",
      size: { width: 640, height: 400 },
      line: 9,
    };
    const metadata = pageMetadata(profile, { path: "/publications/p", title: "P", description: "P.", image: teaser });
    const image = { url: absoluteUrl(siteFromEnv(), "/files/t.png"), width: 640, height: 400, alt: "P" };
    expect(metadata.openGraph?.images).toEqual([image]);
    expect(metadata.twitter?.images).toEqual([image]);
  });

  it("titles the home page with the name alone", () => {
    const metadata = pageMetadata(profile, { path: "/", title: null, description: "About.", type: "profile" });
    expect(metadata.title).toEqual({ absolute: "Ada Lovelace" });
    expect(metadata.openGraph).toMatchObject({ title: "Ada Lovelace", type: "profile" });
  });
});

describe("siteMetadata", () => {
  it("titles every page after the name and advertises the feed", () => {
    const metadata = siteMetadata(profile);
    expect(metadata.title).toEqual({ template: "%s · Ada Lovelace", default: "Ada Lovelace" });
    expect(metadata.alternates).toEqual({ types: feed });
  });
});
