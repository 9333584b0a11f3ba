import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Profile, Publication } from "@/lib/profile/model";
import { getProfile } from "@/lib/profile/load";
import { getPublications } from "@/lib/profile/select";
import { bibtexEntries } from "@/lib/publishing/bibtex";
import { publicationJsonLd } from "@/lib/publishing/json-ld";
import { publicationPath } from "@/lib/publishing/paths";
import { publicationDescription } from "@/lib/publishing/publication-text";
import { scholarMeta } from "@/lib/publishing/scholar-meta";
import { siteFromEnv } from "@/lib/publishing/site";
import { JsonLd } from "../../_components/JsonLd";
import { pageMetadata } from "../../_components/metadata";
import { PageShell } from "../../_components/PageShell";
import { PublicationArticle } from "../../_components/PublicationArticle";

interface PublicationPageProps {
  params: Promise<{ id: string }>;
}

// Every paper's page is written at build time; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams(): Array<{ id: string }> {
  return getPublications(getProfile()).map(({ id }) => ({ id }));
}

function findPublication(profile: Profile, id: string): Publication {
  const publication = getPublications(profile).find((candidate) => candidate.id === id);
  if (!publication) notFound();
  return publication;
}

export async function generateMetadata({ params }: PublicationPageProps): Promise<Metadata> {
  const { id } = await params;
  const profile = getProfile();
  const publication = findPublication(profile, id);
  return {
    ...pageMetadata(profile, {
      path: publicationPath(id),
      title: publication.title,
      description: publicationDescription(publication),
      type: "article",
    }),
    other: scholarMeta(publication, siteFromEnv()),
  };
}

export default async function PublicationPage({ params }: PublicationPageProps) {
  const { id } = await params;
  const profile = getProfile();
  const publication = findPublication(profile, id);
  return (
    <PageShell name={profile.name} current={null}>
      <JsonLd data={publicationJsonLd(publication, siteFromEnv())} />
      <PublicationArticle publication={publication} bibtex={bibtexEntries(getPublications(profile)).get(id)} />
    </PageShell>
  );
}
