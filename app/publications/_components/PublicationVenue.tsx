import type { Publication } from "@/lib/profile";
import { venueText } from "@/lib/publishing";

/** Where the paper appeared, with its distinctions ("Oral", "Spotlight"). */
export function PublicationVenue({ publication }: { publication: Publication }) {
  const venue = venueText(publication);
  if (!venue && publication.badges.length === 0) return null;
  return (
    <p className="entry-venue">
      {venue && <span className="italic">{venue}</span>}
      {publication.badges.map((badge) => (
        <span key={badge} className="badge">
          {badge}
        </span>
      ))}
    </p>
  );
}
