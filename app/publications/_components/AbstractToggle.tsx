import type { Abstract } from "@/lib/profile";
import { Prose } from "@/app/_components/Prose";

interface AbstractToggleProps {
  abstract: Abstract;
  /** The paper's title, so each "Abstract" names its paper to screen readers. */
  title: string;
}

/** "Abstract" opens the paper's abstract below the entry's links; a native disclosure, so no script. */
export function AbstractToggle({ abstract, title }: AbstractToggleProps) {
  return (
    <details className="open:basis-full">
      <summary className="cite-toggle">
        Abstract<span className="sr-only">: {title}</span>
      </summary>
      <div className="mt-2 rounded-md border border-line bg-surface px-4 py-3">
        <Prose html={abstract.html} size="small" />
      </div>
    </details>
  );
}
