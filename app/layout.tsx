import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getProfile } from "@/lib/profile";
import { siteMetadata } from "@/lib/publishing";
import { SiteFooter } from "@/app/_components/SiteFooter";
import { SkipLink } from "@/app/_components/SkipLink";
import "./globals.css";
import "@/app/_dev/watch-profile";

export function generateMetadata(): Metadata {
  return siteMetadata(getProfile());
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
