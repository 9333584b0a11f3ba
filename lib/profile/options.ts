import type { ParseContext } from "./context";
import type { FrontMatterValue } from "./model";

/** Past this many authors, lists show a short list that unfolds to all of them. */
const DEFAULT_AUTHOR_LIMIT = 10;

/** The front matter's `author_limit`: a whole number of authors, at least 1. */
export function readAuthorLimit(
  value: FrontMatterValue | undefined,
  line: number | null,
  context: ParseContext,
): number {
  if (value === undefined || value === null) return DEFAULT_AUTHOR_LIMIT;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return value;
  context.warn(line, `front matter "author_limit" is not a whole number of authors; using ${DEFAULT_AUTHOR_LIMIT}`);
  return DEFAULT_AUTHOR_LIMIT;
}
