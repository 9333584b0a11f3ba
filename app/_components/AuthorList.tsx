import { Fragment } from "react";
import type { Author } from "@/lib/profile/model";

export function AuthorList({ authors }: { authors: Author[] }) {
  return (
    <p className="entry-meta">
      {authors.map((author, index) => (
        <Fragment key={`${index}-${author.name}`}>
          {index > 0 && ", "}
          {author.isSelf ? <strong className="font-semibold text-ink">{author.name}</strong> : author.name}
          {author.equalContribution && <sup title="Equal contribution">*</sup>}
        </Fragment>
      ))}
    </p>
  );
}
