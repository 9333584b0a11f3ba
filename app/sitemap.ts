import type { MetadataRoute } from "next";
import { getProfile } from "@/lib/profile";
import { absoluteUrl, pagePaths, siteFromEnv } from "@/lib/publishing";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const profile = getProfile();
  const site = siteFromEnv();
  // The whole site is one file, so every page changed when it did.
  const lastModified = profile.updated ?? undefined;
  return pagePaths(profile).map((path) => ({ url: absoluteUrl(site, path), lastModified }));
}
