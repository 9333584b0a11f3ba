import type { Metadata } from "next";
import { getProfile, getUpdates, sectionsOf } from "@/lib/profile";
import { anchorUpdates, pageMetadata, UPDATES_PATH, cvDocumentLink } from "@/lib/publishing";
import { attachUnparsed, byNewestDate, groupByYear } from "@/lib/view";
import { PageShell } from "@/app/_components/PageShell";
import { PageTitle } from "@/app/_components/PageTitle";
import { UnparsedList } from "@/app/_components/UnparsedList";
import { UpdateTimeline } from "@/app/updates/_components/UpdateTimeline";

export function generateMetadata(): Metadata {
  const profile = getProfile();
  return pageMetadata(profile, {
    path: UPDATES_PATH,
    title: "Updates",
    description: `News from ${profile.name}, newest first.`,
  });
}

export default function UpdatesPage() {
  const profile = getProfile();
  const { leading, entries } = attachUnparsed(sectionsOf(profile, "updates").flatMap((section) => section.items));
  const newestFirst = entries.toSorted((a, b) => byNewestDate(a.entry, b.entry));
  const years = groupByYear(newestFirst, ({ entry }) => entry.date.year);
  const anchors = new Map(anchorUpdates(getUpdates(profile)).map(({ update, anchor }) => [update, anchor]));
  return (
    <PageShell name={profile.name} cvDocument={cvDocumentLink(profile)} current="updates">
      <PageTitle>Updates</PageTitle>
      {leading.length > 0 && <UnparsedList blocks={leading} />}
      <UpdateTimeline years={years} anchors={anchors} />
    </PageShell>
  );
}
