import type { ContactSection } from "@/lib/profile";
import { Prose } from "@/app/_components/Prose";

export function ContactCard({ section }: { section: ContactSection }) {
  const hasAddress = section.addressLines.length > 0 || section.email;
  return (
    <div className="space-y-4">
      {hasAddress && (
        <address className="leading-7 not-italic">
          {section.addressLines.map((line, index) => (
            <span key={index} className="block">
              {line}
            </span>
          ))}
          {section.email && (
            <span className="mt-2 block">
              <a href={`mailto:${section.email}`} className="link">
                {section.email}
              </a>
            </span>
          )}
        </address>
      )}
      {section.extraHtml && <Prose html={section.extraHtml} />}
    </div>
  );
}
