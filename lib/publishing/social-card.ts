import type { Profile } from "../profile/model";
import { getCurrentPosition } from "../profile/select";

/** The size link previews expect for a large image. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

/** What the link-preview image says: who, what, where. */
export interface SocialCard {
  name: string;
  role: string | null;
  affiliation: string | null;
  /** The same in one sentence, for the image's alt text. */
  alt: string;
}

export function socialCard(profile: Profile): SocialCard {
  const position = getCurrentPosition(profile);
  const role = position?.title ?? null;
  const affiliation = position?.organization ?? null;
  const details = [role, affiliation].filter((part): part is string => Boolean(part)).join(", ");
  return { name: profile.name, role, affiliation, alt: details ? `${profile.name}, ${details}` : profile.name };
}
