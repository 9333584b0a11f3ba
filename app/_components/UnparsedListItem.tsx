import type { UnparsedBlock } from "@/lib/profile";
import { Prose } from "@/app/_components/Prose";

/** Markdown the parser did not read as an entry, shown as written where the author put it. */
export function UnparsedListItem({ block }: { block: UnparsedBlock }) {
  return (
    <li>
      <Prose html={block.html} size="small" />
    </li>
  );
}
