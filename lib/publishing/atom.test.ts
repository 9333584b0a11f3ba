import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseProfile } from "../profile/parse";
import { getUpdates } from "../profile/select";
import { feedTitle, toAtomFeed } from "./atom";
import { SAMPLE_SITE } from "../../test/generators/publication";

const seedSource = readFileSync(path.resolve(import.meta.dirname, "../../test/profiles/seed.md"), "utf8");
const seed = parseProfile(seedSource);

function profileWithUpdates(items: string[]) {
  return parseProfile(`---\ntitle: Ada & Co\n---\n\n## Updates\n\n${items.map((item) => `- ${item}`).join("\n")}\n`);
}

describe("toAtomFeed", () => {
  const xml = toAtomFeed(seed, SAMPLE_SITE);
  const feed = parseFeed(xml);

  it("is well-formed XML that a feed reader reads as Atom", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe(feedTitle(seed));
    expect(feed.self).toBe("https://jue.example.org/feed.xml");
    expect(feed.url).toBe("https://jue.example.org/updates");
    expect(feed.authors.map((author) => author.name)).toEqual(["Jue Wang"]);
  });

  it("has one entry per update, newest first, dated the first of its month (UTC)", () => {
    expect(feed.items).toHaveLength(getUpdates(seed).length);
    expect(feed.items).toHaveLength(21);
    expect(feed.items[0]?.published?.toISOString()).toBe("2025-05-01T00:00:00.000Z");
    expect(feed.items.at(-1)?.updated?.toISOString()).toBe("2020-04-01T00:00:00.000Z");
    expect(feed.updated?.toISOString()).toBe("2025-05-01T00:00:00.000Z");
  });

  it("gives each entry a unique id and a link to its place on /updates", () => {
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(feed.items[0]?.id).toBe("https://jue.example.org/updates#update-2025-05-1");
    expect(feed.items[0]?.url).toBe("https://jue.example.org/updates#update-2025-05-1");
  });

  it("carries the update's HTML, links included, and a plain-text title", () => {
    const moa = feed.items.find((item) => item.content?.includes("Together MoA"));
    expect(moa?.content).toContain('<a href="https://www.together.ai/blog/together-moa">Together MoA</a>');
    expect(moa?.title).toBe("Check out Together MoA!");
  });

  it("escapes markup and ampersands so the document stays XML", () => {
    const update = "May 2025: Tom & Jerry <b>wrote</b> [a & b](https://x.org/?a=1&b=2).";
    const xmlWithMarkup = toAtomFeed(profileWithUpdates([update]), SAMPLE_SITE);
    expect(XMLValidator.validate(xmlWithMarkup)).toBe(true);
    // The HTML travels as text: its tags and its own entities are escaped once more.
    expect(xmlWithMarkup).toContain("&lt;a href=");
    expect(xmlWithMarkup).not.toMatch(/<content[^>]*>[^<]*<a /);
    const [item] = parseFeed(xmlWithMarkup).items;
    expect(item?.content).toContain('<a href="https://x.org/?a=1&b=2">a & b</a>');
    expect(parseFeed(xmlWithMarkup).title).toBe("Updates · Ada & Co");
  });

  it("drops characters XML cannot hold", () => {
    const xmlWithControl = toAtomFeed(profileWithUpdates(["May 2025: Bell \u0007 here."]), SAMPLE_SITE);
    expect(XMLValidator.validate(xmlWithControl)).toBe(true);
  });

  it("keeps entry ids when news is added on top", () => {
    const ids = (items: string[]) =>
      parseFeed(toAtomFeed(profileWithUpdates(items), SAMPLE_SITE)).items.map((item) => item.id);
    expect(ids(["May 2025: New.", "May 2025: Old."]).slice(1)).toEqual(ids(["May 2025: Old."]));
  });

  it("writes page links with the static export's trailing slash, ids without", () => {
    const exported = parseFeed(toAtomFeed(seed, { ...SAMPLE_SITE, trailingSlash: true }));
    expect(exported.items[0]?.url).toBe("https://jue.example.org/updates/#update-2025-05-1");
    expect(exported.items[0]?.id).toBe(feed.items[0]?.id);
  });
});
