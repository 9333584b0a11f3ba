import type { UnparsedEntry } from "@/lib/profile";
import { Prose } from "./Prose";

/** Markdown the parser could not read as an entry, shown as written where the author put it. */
export function UnparsedItem({ entry }: { entry: UnparsedEntry }) {
  return (
    <li>
      <Prose html={entry.html} size="small" />
    </li>
  );
}
