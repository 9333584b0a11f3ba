import type { Metadata } from "next";
import { getProfile } from "@/lib/profile/load";
import { sectionsOf } from "@/lib/profile/select";
import { annotate, byNewestUpdate, groupByYear } from "../_components/chronology";
import { PageShell } from "../_components/PageShell";
import { PageTitle } from "../_components/PageTitle";
import { NoteList } from "../_components/NoteList";
import { UpdateTimeline } from "../_components/UpdateTimeline";

export const metadata: Metadata = { title: "Updates" };

export default function UpdatesPage() {
  const profile = getProfile();
  const { preface, entries } = annotate(sectionsOf(profile, "updates").flatMap((section) => section.items));
  const years = groupByYear(entries.toSorted(byNewestUpdate), ({ entry }) => entry.date.year);
  return (
    <PageShell name={profile.name} current="updates">
      <PageTitle>Updates</PageTitle>
      {preface.length > 0 && <NoteList notes={preface} />}
      <UpdateTimeline years={years} />
    </PageShell>
  );
}
