import type { AuthorMarks } from "@/lib/view";

/** What the marks beside author names mean: only those the papers shown use (see usesAnyMark). */
export function AuthorMarksLegend({ marks }: { marks: AuthorMarks }) {
  return (
    <p className="flex flex-wrap gap-x-4">
      {marks.equalContribution && (
        <span>
          <span className="font-semibold text-accent">*</span> Equal contribution
        </span>
      )}
      {marks.corresponding && (
        <span>
          <span className="font-semibold text-accent">†</span> Corresponding author
        </span>
      )}
    </p>
  );
}
