import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getProfile } from "@/lib/profile/load";
import { currentRole } from "./_components/currentRole";
import { SiteFooter } from "./_components/SiteFooter";
import { SkipLink } from "./_components/SkipLink";
import "./globals.css";

export function generateMetadata(): Metadata {
  const profile = getProfile();
  const role = currentRole(profile);
  return {
    title: { template: `%s · ${profile.name}`, default: profile.name },
    description: `${profile.name}${role ? `, ${role}` : ""}: research, publications and news.`,
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const profile = getProfile();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col bg-paper font-sans text-ink antialiased">
        <SkipLink />
        {children}
        <SiteFooter name={profile.name} updated={profile.updated} />
      </body>
    </html>
  );
}
