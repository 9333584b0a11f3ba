import { CitationBlock } from "@/app/publications/_components/CitationBlock";

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
    <details className="open:basis-full">
      <summary className="cite-toggle">
        Cite<span className="sr-only">: {title}</span>
      </summary>
      <CitationBlock bibtex={bibtex} id={id} className="mt-2" />
    </details>
  );
}
