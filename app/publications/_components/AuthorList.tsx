import type { ReactNode } from "react";
import type { Author } from "@/lib/profile";
import { foldAuthors, GAP } from "@/lib/view";

/**
 * The names in as few nodes as possible: plain names between the marked ones
 * are one string, because a fifty-author paper otherwise costs a hundred nodes
 * in the HTML and again in the payload React hydrates.
 */
function authorRuns(authors: Array<Author | typeof GAP>): ReactNode[] {
  const runs: ReactNode[] = [];
  let text = "";
  authors.forEach((author, index) => {
    if (index > 0) text += ", ";
    if (author === GAP) {
      text += "…";
      return;
    }
    if (author.isSelf) {
      runs.push(text, <strong key={index}>{author.name}</strong>);
      text = "";
    } else {
      text += author.name;
    }
    if (author.equalContribution) {
      runs.push(
        text,
        <sup key={`${index}*`} title="Equal contribution">
          *
        </sup>,
      );
      text = "";
    }
    if (author.corresponding) {
      runs.push(
        text,
        <sup key={`${index}†`} title="Corresponding author">
          †
        </sup>,
      );
      text = "";
    }
  });
  runs.push(text);
  return runs.filter((run) => run !== "");
}

interface AuthorListProps {
  authors: Author[];
  /** Past this many authors, show a short list that unfolds to all of them; without it, every author. */
  limit?: number;
}

export function AuthorList({ authors, limit = Infinity }: AuthorListProps) {
  const folding = foldAuthors(authors, limit);
  if (folding.kind === "whole") return <p className="entry-meta">{authorRuns(authors)}</p>;
  // A native disclosure: no script. Open, the full list takes the short one's place.
  return (
    <div className="entry-meta author-fold">
      <p className="author-short">{authorRuns(folding.short)}</p>
      <details>
        <summary className="author-toggle">
          <span className="when-closed">
            and {folding.hidden} more<span className="sr-only"> authors</span>
          </span>
          <span className="when-open">all {folding.authors.length} authors</span>
        </summary>
        <p>{authorRuns(folding.authors)}</p>
      </details>
    </div>
  );
}
