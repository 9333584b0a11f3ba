import { CitationBlock } from "./CitationBlock";

interface CiteControlProps {
  bibtex: string;
  /** The paper's title, so each "Cite" names its paper to screen readers. */
  title: string;
}

/** "Cite" opens the paper's BibTeX entry; a native disclosure, so it works without JavaScript. */
export function CiteControl({ bibtex, title }: CiteControlProps) {
  return (
    <details className="group open:basis-full">
      <summary className="inline-flex min-h-6 cursor-pointer list-none items-center gap-1 rounded-md border border-line px-2.5 text-xs font-medium text-accent select-none hover:border-accent hover:bg-accent-soft group-open:border-accent group-open:bg-accent-soft [&::-webkit-details-marker]:hidden">
        Cite<span className="sr-only">: {title}</span>
        <span aria-hidden="true" className="transition-transform group-open:rotate-90">
          ›
        </span>
      </summary>
      <div className="mt-2">
        <CitationBlock bibtex={bibtex} />
      </div>
    </details>
  );
}
