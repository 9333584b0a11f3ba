import type { UnparsedEntry } from "@/lib/profile";
import { UnparsedItem } from "./UnparsedItem";

/** Notes the author wrote above the first entry of a list, kept above it. */
export function NoteList({ notes }: { notes: UnparsedEntry[] }) {
  return (
    <ul className="mb-8 space-y-2 text-muted">
      {notes.map((note) => (
        <UnparsedItem key={note.line} entry={note} />
      ))}
    </ul>
  );
}
