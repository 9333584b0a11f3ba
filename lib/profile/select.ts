import type { Position, Profile, Publication, ResearchArea, Section, SectionKind, Update } from "./model";

type SectionOf<K extends SectionKind> = Extract<Section, { kind: K }>;

export function sectionsOf<K extends SectionKind>(profile: Profile, kind: K): SectionOf<K>[] {
  return profile.sections.filter((section): section is SectionOf<K> => section.kind === kind);
}

export function getPublications(profile: Profile): Publication[] {
  return sectionsOf(profile, "publications").flatMap((section) =>
    section.items.filter((item): item is Publication => item.kind === "publication"),
  );
}

export function getUpdates(profile: Profile): Update[] {
  return sectionsOf(profile, "updates").flatMap((section) =>
    section.items.filter((item): item is Update => item.kind === "update"),
  );
}

export function getResearchAreas(profile: Profile): ResearchArea[] {
  return sectionsOf(profile, "research").flatMap((section) => section.areas);
}

function positionsOf(profile: Profile, kind: "experience" | "education"): Position[] {
  return sectionsOf(profile, kind).flatMap((section) =>
    section.items.filter((item): item is Position => item.kind === "position"),
  );
}

export function getExperience(profile: Profile): Position[] {
  return positionsOf(profile, "experience");
}

export function getEducation(profile: Profile): Position[] {
  return positionsOf(profile, "education");
}

/** The role shown under the name: an ongoing position, else the latest one listed first. */
export function getCurrentPosition(profile: Profile): Position | null {
  const experience = getExperience(profile);
  return experience.find((position) => position.period.end === "present") ?? experience[0] ?? null;
}

export function getEmail(profile: Profile): string | null {
  return sectionsOf(profile, "contact").find((section) => section.email)?.email ?? null;
}
