import { CopyButton } from "@/app/publications/_components/CopyButton";

interface CitationBlockProps {
  bibtex: string;
  /** The publication's id, unique on the page, so the copy button finds this entry's text. */
  id: string;
  className?: string;
}

/** A BibTeX entry as text to read or select, with a button to copy it where scripts run. */
export function CitationBlock({ bibtex, id, className = "" }: CitationBlockProps) {
  const textId = `bibtex-${id}`;
  return (
    <div className={`citation ${className}`.trim()}>
      {/* Wrapped rather than scrolled: a long author list stays readable on a phone, and copying keeps the lines as written. */}
      <pre id={textId} className="code-block">
        <code>{bibtex}</code>
      </pre>
      <div className="needs-script citation-actions">
        <CopyButton sourceId={textId} label="Copy BibTeX" />
      </div>
    </div>
  );
}
