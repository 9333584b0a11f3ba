interface ProfileHeaderProps {
  name: string;
  role: string | null;
  email: string | null;
}

export function ProfileHeader({ name, role, email }: ProfileHeaderProps) {
  return (
    <div className="mb-12 sm:mb-16">
      <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink sm:text-5xl">{name}</h1>
      {role && <p className="mt-3 text-lg text-muted sm:text-xl">{role}</p>}
      {email && (
        <p className="mt-4">
          <a href={`mailto:${email}`} className="link">
            {email}
          </a>
        </p>
      )}
    </div>
  );
}
