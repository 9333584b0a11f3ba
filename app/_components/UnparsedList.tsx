import type { UnparsedBlock } from "@/lib/profile";
import { UnparsedListItem } from "@/app/_components/UnparsedListItem";

/** What the author wrote above the first entry of a list (such as "* equal contribution"), kept above it. */
export function UnparsedList({ blocks }: { blocks: UnparsedBlock[] }) {
  return (
    <ul className="mb-8 space-y-2 text-muted">
      {blocks.map((block) => (
        <UnparsedListItem key={block.line} block={block} />
      ))}
    </ul>
  );
}
