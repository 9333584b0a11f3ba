import type { MetadataRoute } from "next";
import { getProfile } from "@/lib/profile/load";
import { pagePaths } from "@/lib/publishing/paths";
import { absoluteUrl, siteFromEnv } from "@/lib/publishing/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const profile = getProfile();
  const site = siteFromEnv();
  // The whole site is one file, so every page changed when it did.
  const lastModified = profile.updated ?? undefined;
  return pagePaths(profile).map((path) => ({ url: absoluteUrl(site, path), lastModified }));
}
