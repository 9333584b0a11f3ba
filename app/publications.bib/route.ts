import { getProfile, getPublications } from "@/lib/profile";
import { toBibliography } from "@/lib/publishing";

// Written once at build time, so a static export has it as a file.
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(toBibliography(getPublications(getProfile())), {
    headers: { "Content-Type": "application/x-bibtex; charset=utf-8" },
  });
}
