import { publicationsHref, type CoAuthor } from "@/lib/view";

/** Everyone the owner wrote with, most papers first; a name searches the list for their papers. */
export function CoAuthorIndex({ coAuthors }: { coAuthors: CoAuthor[] }) {
  if (coAuthors.length === 0) return null;
  return (
    <details className="mt-4 border-t border-line pt-8">
      <summary className="cite-toggle w-fit text-sm">Co-authors ({coAuthors.length})</summary>
      <p className="mt-4 text-sm text-muted">
        Everyone with a paper here, most papers first; a name lists their papers.
      </p>
      <ol className="mt-4 co-author-index columns-2 gap-x-8 text-sm sm:columns-3">
        {coAuthors.map(({ name, query, paperCount }) => (
          <li key={name}>
            <a href={publicationsHref({ text: query })}>{name}</a>{" "}
            <span>
              {paperCount}
              <span className="sr-only"> {paperCount === 1 ? "paper" : "papers"}</span>
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
