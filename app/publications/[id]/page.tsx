import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getProfile, type Profile, type Publication } from "@/lib/profile";
import {
  pageMetadata,
  prerenderedPublicationIds,
  publicationCatalog,
  publicationDescription,
  publicationJsonLd,
  publicationPath,
  scholarMeta,
  siteFromEnv,
  cvDocumentLink,
} from "@/lib/publishing";
import { JsonLd } from "@/app/_components/JsonLd";
import { PageShell } from "@/app/_components/PageShell";
import { PublicationDetails } from "@/app/publications/[id]/_components/PublicationDetails";

interface PublicationPageProps {
  params: Promise<{ id: string }>;
}

// `dynamicParams` keeps its default: on a server, papers past the prerendered
// ones render on their first visit (a static export writes them all, see
// prerenderedPublicationIds), and an id that is no paper is a 404.
export function generateStaticParams(): Array<{ id: string }> {
  return prerenderedPublicationIds(getProfile()).map((id) => ({ id }));
}

function findPublication(profile: Profile, id: string): Publication {
  const publication = publicationCatalog(profile).byId.get(id);
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
      image: publication.teaser,
    }),
    other: scholarMeta(publication, siteFromEnv()),
  };
}

export default async function PublicationPage({ params }: PublicationPageProps) {
  const { id } = await params;
  const profile = getProfile();
  const publication = findPublication(profile, id);
  return (
    <PageShell name={profile.name} cvDocument={cvDocumentLink(profile)} current={null}>
      <JsonLd data={publicationJsonLd(publication, siteFromEnv())} />
      <PublicationDetails publication={publication} bibtex={publicationCatalog(profile).bibtex.get(id)} />
    </PageShell>
  );
}
