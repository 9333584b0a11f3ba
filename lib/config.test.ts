import { describe, expect, it } from "vitest";
import { DEFAULT_PROFILE_PATH, readConfig } from "./config";

describe("readConfig", () => {
  it("reads the content file from PROFILE_PATH, else the default, ignoring blank values", () => {
    expect(readConfig({ PROFILE_PATH: " drafts/me.md " }).profilePath).toBe("drafts/me.md");
    expect(readConfig({}).profilePath).toBe(DEFAULT_PROFILE_PATH);
    expect(readConfig({ PROFILE_PATH: "  " }).profilePath).toBe(DEFAULT_PROFILE_PATH);
  });

  it("prefers SITE_URL, then Vercel's production domain, else none", () => {
    const both = { SITE_URL: "https://jue.example.org/", VERCEL_PROJECT_PRODUCTION_URL: "jue.vercel.app" };
    expect(readConfig(both).siteUrl).toBe("https://jue.example.org/");
    expect(readConfig({ VERCEL_PROJECT_PRODUCTION_URL: "jue.vercel.app" }).siteUrl).toBe("jue.vercel.app");
    expect(readConfig({}).siteUrl).toBeNull();
    expect(readConfig({ SITE_URL: "  " }).siteUrl).toBeNull();
  });

  it("builds a static export only for STATIC_EXPORT=1", () => {
    expect(readConfig({ STATIC_EXPORT: "1" }).staticExport).toBe(true);
    expect(readConfig({ STATIC_EXPORT: "0" }).staticExport).toBe(false);
    expect(readConfig({}).staticExport).toBe(false);
  });
});
