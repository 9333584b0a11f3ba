import { CitationBlock } from "./CitationBlock";

interface CiteControlProps {
  bibtex: string;
  /** The publication's id (see CitationBlock). */
  id: string;
  /** The paper's title, so each "Cite" names its paper to screen readers. */
  title: string;
}

/** "Cite" opens the paper's BibTeX entry; a native disclosure, so it works without JavaScript. */
export function CiteControl({ bibtex, id, title }: CiteControlProps) {
  return (
    <details className="group open:basis-full">
      <summary className="chip cursor-pointer list-none select-none group-open:border-accent group-open:bg-accent-soft [&::-webkit-details-marker]:hidden">
        Cite<span className="sr-only">: {title}</span>
        <span aria-hidden="true" className="transition-transform group-open:rotate-90">
          ›
        </span>
      </summary>
      <div className="mt-2">
        <CitationBlock bibtex={bibtex} id={id} />
      </div>
    </details>
  );
}
