import type { ProfileLink } from "@/lib/profile";
import { ProfileLinks } from "@/app/_home/ProfileLinks";

interface ProfileHeaderProps {
  name: string;
  role: string | null;
  links: ProfileLink[];
}

export function ProfileHeader({ name, role, links }: ProfileHeaderProps) {
  return (
    <div className="mb-12 sm:mb-16">
      <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink sm:text-5xl">{name}</h1>
      {role && <p className="mt-3 text-lg text-muted sm:text-xl">{role}</p>}
      <ProfileLinks links={links} />
    </div>
  );
}
