import { IconBrandLinkedin, IconLink, IconMail, IconWorld } from "@tabler/icons-react";
import {
  siBluesky,
  siDblp,
  siGithub,
  siGitlab,
  siGooglescholar,
  siMastodon,
  siOrcid,
  siSemanticscholar,
  siX,
  siYoutube,
} from "simple-icons";
import type { ProfileService } from "@/lib/profile";

/** A brand's mark from simple-icons: one path on a 24-unit square, drawn in the text colour. */
function BrandMark({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="currentColor" aria-hidden="true" focusable="false">
      <path d={path} />
    </svg>
  );
}

// Tabler's outline icons, for what simple-icons has no mark for: LinkedIn asked to be removed from it, and
// OpenReview, a website or an address have no brand. Drawn a little lighter to sit beside the filled marks.
const OUTLINE = { size: 20, stroke: 1.75, "aria-hidden": true, focusable: false } as const;

/** The mark drawn for a service's link; its name is given by the link's text, never by the picture. */
export function ServiceIcon({ service }: { service: ProfileService | null }) {
  switch (service) {
    case "scholar":
      return <BrandMark path={siGooglescholar.path} />;
    case "orcid":
      return <BrandMark path={siOrcid.path} />;
    case "dblp":
      return <BrandMark path={siDblp.path} />;
    case "semantic_scholar":
      return <BrandMark path={siSemanticscholar.path} />;
    case "github":
      return <BrandMark path={siGithub.path} />;
    case "gitlab":
      return <BrandMark path={siGitlab.path} />;
    case "x":
      return <BrandMark path={siX.path} />;
    case "bluesky":
      return <BrandMark path={siBluesky.path} />;
    case "mastodon":
      return <BrandMark path={siMastodon.path} />;
    case "youtube":
      return <BrandMark path={siYoutube.path} />;
    case "linkedin":
      return <IconBrandLinkedin {...OUTLINE} />;
    case "email":
      return <IconMail {...OUTLINE} />;
    case "website":
      return <IconWorld {...OUTLINE} />;
    case "openreview":
    case null:
      return <IconLink {...OUTLINE} />;
    default: {
      const unhandled: never = service;
      throw new Error(`No icon for ${String(unhandled)}`);
    }
  }
}
