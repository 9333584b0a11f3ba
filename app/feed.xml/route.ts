import { getProfile } from "@/lib/profile";
import { siteFromEnv, toAtomFeed } from "@/lib/publishing";

// Written once at build time, so a static export has it as a file.
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(toAtomFeed(getProfile(), siteFromEnv()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
