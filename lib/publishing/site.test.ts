import { describe, expect, it } from "vitest";
import { readConfig, type Environment } from "../config";
import { parseProfile } from "../profile/parse";
import { absoluteUrl, siteDescription, siteFromEnv } from "./site";

describe("siteFromEnv", () => {
  const siteAt = (vars: Environment) => siteFromEnv(readConfig(vars));

  it("writes the configured address without its trailing slash", () => {
    expect(siteAt({ SITE_URL: "https://jue.example.org/" })).toEqual({
      url: "https://jue.example.org",
      trailingSlash: false,
      addressKnown: true,
    });
  });

  it("reaches Vercel's production domain over https", () => {
    expect(siteAt({ VERCEL_PROJECT_PRODUCTION_URL: "jue.vercel.app" }).url).toBe("https://jue.vercel.app");
    expect(siteAt({})).toMatchObject({ url: "http://localhost:3000", addressKnown: false });
  });

  it("accepts a host without a scheme, and keeps a base path", () => {
    expect(siteAt({ SITE_URL: "jue.example.org" }).url).toBe("https://jue.example.org");
    expect(siteAt({ SITE_URL: "https://someone.github.io/site/" }).url).toBe("https://someone.github.io/site");
  });

  it("rejects what is not a URL", () => {
    expect(() => siteAt({ SITE_URL: "https://exa mple.org" })).toThrow(/SITE_URL/);
  });

  it("writes page URLs with a trailing slash in a static export", () => {
    expect(siteAt({ STATIC_EXPORT: "1" }).trailingSlash).toBe(true);
    expect(siteAt({ STATIC_EXPORT: "0" }).trailingSlash).toBe(false);
  });
});

describe("absoluteUrl", () => {
  const server = { url: "https://jue.example.org", trailingSlash: false, addressKnown: true };
  const exported = { ...server, trailingSlash: true };

  it("joins a path to the site", () => {
    expect(absoluteUrl(server, "/")).toBe("https://jue.example.org/");
    expect(absoluteUrl(server, "/publications/floe")).toBe("https://jue.example.org/publications/floe");
  });

  it("adds the static export's trailing slash to pages, not to files, and keeps the fragment", () => {
    expect(absoluteUrl(exported, "/")).toBe("https://jue.example.org/");
    expect(absoluteUrl(exported, "/publications")).toBe("https://jue.example.org/publications/");
    expect(absoluteUrl(exported, "/updates#update-2025-05-1")).toBe(
      "https://jue.example.org/updates/#update-2025-05-1",
    );
    expect(absoluteUrl(exported, "/feed.xml")).toBe("https://jue.example.org/feed.xml");
    expect(absoluteUrl(exported, "/publications.bib")).toBe("https://jue.example.org/publications.bib");
  });
});

describe("siteDescription", () => {
  const bio = "Hello, I work with Prof. Ce Zhang on systems. Before that, I studied.\n\n## Contact\n\nEmail: a@b.org\n";

  it("is the front matter description when there is one", () => {
    const profile = parseProfile(`---\ntitle: A\ndescription: "  Systems for LLMs.  "\n---\n\n${bio}`);
    expect(siteDescription(profile)).toBe("Systems for LLMs.");
  });

  it("is otherwise the first sentence of the bio", () => {
    const profile = parseProfile(`---\ntitle: A\n---\n\n${bio}`);
    expect(siteDescription(profile)).toBe("Hello, I work with Prof. Ce Zhang on systems.");
  });

  it("keeps a long first sentence short enough for a search result", () => {
    const profile = parseProfile(`---\ntitle: A\n---\n\n${"word ".repeat(80)}.\n`);
    expect(siteDescription(profile).length).toBeLessThanOrEqual(200);
    expect(siteDescription(profile)).toMatch(/…$/);
  });

  it("falls back to the name without a bio", () => {
    const profile = parseProfile("---\ntitle: Ada Lovelace\n---\n\n## Contact\n\nEmail: ada@example.org\n");
    expect(siteDescription(profile)).toBe("Ada Lovelace: publications and news.");
  });
});
