import type { CvDocumentLink } from "@/lib/publishing";
import type { CurriculumVitae } from "@/lib/view";
import { PrintButton } from "@/app/cv/_components/PrintButton";
import { Prose } from "@/app/_components/Prose";

interface CvHeaderProps {
  cv: CurriculumVitae;
  /** The site's address, which a printed CV needs to lead back to it; null when the build was not told it. */
  website: string | null;
  /** The author's own CV document, which may say more than this page. */
  cvDocument: CvDocumentLink | null;
}

/** Name, current role, and how to reach the owner: the address, email and website, each once; the author's own CV. */
export function CvHeader({ cv, website, cvDocument }: CvHeaderProps) {
  const { contact } = cv;
  return (
    <header className="mb-10 flex flex-col items-start gap-4 sm:flex-row sm:justify-between sm:gap-8 print:mb-4">
      <div className="min-w-0">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink sm:text-5xl print:text-[22pt]">
          {cv.name}
        </h1>
        {cv.role && <p className="mt-2 text-lg text-muted print:mt-1 print:text-[11pt]">{cv.role}</p>}
        <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted print:mt-2">
          {cv.address && <li>{cv.address}</li>}
          {contact?.email && (
            <li>
              <a href={`mailto:${contact.email}`} className="link">
                {contact.email}
              </a>
            </li>
          )}
          {website && (
            <li>
              <a href={website} className="link">
                {website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              </a>
            </li>
          )}
          {cvDocument && (
            <li>
              <a href={cvDocument.href} className="link">
                {cvDocument.label}
              </a>
            </li>
          )}
        </ul>
        {contact?.extraHtml && (
          <div className="mt-2">
            <Prose html={contact.extraHtml} size="small" />
          </div>
        )}
      </div>
      <PrintButton />
    </header>
  );
}
