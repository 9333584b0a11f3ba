import type { Profile } from "../profile/model";
import { getCurrentPosition } from "../profile/select";

/** "Senior Staff Researcher at Together AI", or just the organization when no title was written. */
export function currentRole(profile: Profile): string | null {
  const position = getCurrentPosition(profile);
  if (!position) return null;
  return position.title ? `${position.title} at ${position.organization}` : position.organization;
}
