import type { Metadata } from "next";
import { getProfile, getUpdates, sectionsOf } from "@/lib/profile";
import { anchorUpdates, UPDATES_PATH } from "@/lib/publishing";
import { annotate, byNewestUpdate, groupByYear } from "../_components/chronology";
import { pageMetadata } from "../_components/metadata";
import { PageShell } from "../_components/PageShell";
import { PageTitle } from "../_components/PageTitle";
import { NoteList } from "../_components/NoteList";
import { UpdateTimeline } from "../_components/UpdateTimeline";

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
  const { preface, entries } = annotate(sectionsOf(profile, "updates").flatMap((section) => section.items));
  const years = groupByYear(entries.toSorted(byNewestUpdate), ({ entry }) => entry.date.year);
  const anchors = new Map(anchorUpdates(getUpdates(profile)).map(({ update, anchor }) => [update, anchor]));
  return (
    <PageShell name={profile.name} current="updates">
      <PageTitle>Updates</PageTitle>
      {preface.length > 0 && <NoteList notes={preface} />}
      <UpdateTimeline years={years} anchors={anchors} />
    </PageShell>
  );
}
