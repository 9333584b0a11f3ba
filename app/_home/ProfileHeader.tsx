import type { Image, ProfileLink } from "@/lib/profile";
import { ProfileLinks } from "@/app/_home/ProfileLinks";
import { ProfilePhoto } from "@/app/_home/ProfilePhoto";

interface ProfileHeaderProps {
  name: string;
  role: string | null;
  photo: Image | null;
  links: ProfileLink[];
}

// With a photo: on a phone it sits beside the name and the rest runs full width below; wider, it stands beside all of it.
const WITH_PHOTO = {
  header: "mb-12 grid grid-cols-[auto_1fr] items-center gap-x-5 sm:mb-16 sm:gap-x-8 print:mb-4",
  photo: "sm:row-span-3",
  below: "col-span-2 sm:col-span-1 sm:col-start-2",
} as const;
const WITHOUT_PHOTO = { header: "mb-12 sm:mb-16 print:mb-4", photo: "", below: "" } as const;

export function ProfileHeader({ name, role, photo, links }: ProfileHeaderProps) {
  const layout = photo ? WITH_PHOTO : WITHOUT_PHOTO;
  return (
    <div className={layout.header}>
      {photo && <ProfilePhoto photo={photo} name={name} className={layout.photo} />}
      <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink sm:text-5xl print:text-[22pt]">
        {name}
      </h1>
      {role && (
        <p className={`mt-3 text-lg text-muted sm:text-xl print:mt-1 print:text-[11pt] ${layout.below}`}>{role}</p>
      )}
      <div className={layout.below}>
        <ProfileLinks links={links} />
      </div>
    </div>
  );
}
