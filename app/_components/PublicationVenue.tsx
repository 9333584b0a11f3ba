import type { Publication } from "@/lib/profile/model";
import { venueText } from "@/lib/publishing/publication-text";

/** Where the paper appeared, with its distinctions ("Oral", "Spotlight"). */
export function PublicationVenue({ publication }: { publication: Publication }) {
  const venue = venueText(publication);
  if (!venue && publication.badges.length === 0) return null;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink">
      {venue && <span className="italic">{venue}</span>}
      {publication.badges.map((badge) => (
        <span
          key={badge}
          className="rounded-full bg-accent-soft px-2 py-px text-xs font-semibold tracking-wide text-accent-strong"
        >
          {badge}
        </span>
      ))}
    </p>
  );
}
