import type { ReactNode } from "react";
import type { Author } from "@/lib/profile";

/**
 * The names in as few nodes as possible: plain names between the marked ones
 * are one string, because a fifty-author paper otherwise costs a hundred nodes
 * in the HTML and again in the payload React hydrates.
 */
function authorRuns(authors: Author[]): ReactNode[] {
  const runs: ReactNode[] = [];
  let text = "";
  authors.forEach((author, index) => {
    if (index > 0) text += ", ";
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
  });
  runs.push(text);
  return runs.filter((run) => run !== "");
}

export function AuthorList({ authors }: { authors: Author[] }) {
  return <p className="entry-meta">{authorRuns(authors)}</p>;
}
