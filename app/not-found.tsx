import type { Metadata } from "next";
import { getProfile } from "@/lib/profile";
import { cvDocumentLink } from "@/lib/publishing";
import { PageShell } from "@/app/_components/PageShell";
import { PageTitle } from "@/app/_components/PageTitle";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  const profile = getProfile();
  return (
    <PageShell name={profile.name} cvDocument={cvDocumentLink(profile)} current={null}>
      <PageTitle>Page not found</PageTitle>
      <p className="max-w-prose text-lg text-muted">
        There is nothing at this address. It may have moved, or the link may contain a typo.
      </p>
      <p className="mt-6">
        <a href="/" className="font-medium link">
          Go to the home page
        </a>
      </p>
    </PageShell>
  );
}
