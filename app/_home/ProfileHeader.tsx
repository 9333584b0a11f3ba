interface ProfileHeaderProps {
  name: string;
  role: string | null;
  email: string | null;
}

export function ProfileHeader({ name, role, email }: ProfileHeaderProps) {
  return (
    <div className="mb-12 sm:mb-16 print:mb-4">
      <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink sm:text-5xl print:text-[22pt]">
        {name}
      </h1>
      {role && <p className="mt-3 text-lg text-muted sm:text-xl print:mt-1 print:text-[11pt]">{role}</p>}
      {email && (
        <p className="mt-4 print:mt-1">
          <a href={`mailto:${email}`} className="link">
            {email}
          </a>
        </p>
      )}
    </div>
  );
}
