import type { Metadata } from "next";
import { getProfile } from "@/lib/profile";
import { absoluteUrl, CV_PATH, cvDocumentLink, HOME_PATH, pageMetadata, siteFromEnv } from "@/lib/publishing";
import { curriculumVitae, readCvOptions } from "@/lib/view";
import { CvHeader } from "@/app/cv/_components/CvHeader";
import { CvPositions } from "@/app/cv/_components/CvPositions";
import { CvPublications } from "@/app/cv/_components/CvPublications";
import { CvSection } from "@/app/cv/_components/CvSection";
import { PageShell } from "@/app/_components/PageShell";
import { Prose } from "@/app/_components/Prose";

export function generateMetadata(): Metadata {
  const profile = getProfile();
  return pageMetadata(profile, {
    path: CV_PATH,
    title: "CV",
    description: `Curriculum vitae of ${profile.name}: education, experience and publications.`,
  });
}

export default function CvPage() {
  const profile = getProfile();
  const cv = curriculumVitae(profile, readCvOptions(profile).options);
  const cvDocument = cvDocumentLink(profile);
  const site = siteFromEnv();
  return (
    <PageShell name={profile.name} cvDocument={cvDocument} current="cv">
      <div className="print-hrefs">
        <CvHeader cv={cv} website={site.addressKnown ? absoluteUrl(site, HOME_PATH) : null} cvDocument={cvDocument} />
        {cv.education.length > 0 && (
          <CvSection headingId="cv-education" heading="Education">
            <CvPositions items={cv.education} />
          </CvSection>
        )}
        {cv.experience.length > 0 && (
          <CvSection headingId="cv-experience" heading="Experience">
            <CvPositions items={cv.experience} />
          </CvSection>
        )}
        {cv.publicationCount > 0 && (
          <CvSection headingId="cv-publications" heading="Publications">
            <CvPublications cv={cv} />
          </CvSection>
        )}
        {cv.otherSections.map(({ heading, headingId, html }) => (
          <CvSection key={headingId} headingId={headingId} heading={heading}>
            <Prose html={html} size="small" />
          </CvSection>
        ))}
      </div>
    </PageShell>
  );
}
