import { CopyButton } from "./CopyButton";

/** A BibTeX entry as text to read or select, with a button to copy it where scripts run. */
export function CitationBlock({ bibtex }: { bibtex: string }) {
  return (
    <div className="rounded-md border border-line bg-surface">
      {/* Wrapped rather than scrolled: a long author list stays readable on a phone, and copying keeps the lines as written. */}
      <pre className="p-3 font-mono text-xs leading-5 whitespace-pre-wrap text-ink wrap-anywhere">
        <code>{bibtex}</code>
      </pre>
      <div className="needs-script border-t border-line px-3 py-2">
        <CopyButton text={bibtex} label="Copy BibTeX" />
      </div>
    </div>
  );
}
