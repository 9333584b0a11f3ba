import type { MetadataRoute } from "next";
import { absoluteUrl, siteFromEnv } from "@/lib/publishing";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  const site = siteFromEnv();
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl(site, "/sitemap.xml"),
  };
}
