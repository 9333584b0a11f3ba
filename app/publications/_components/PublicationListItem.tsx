import type { ReactNode } from "react";
import { filteredOutAttributes } from "@/app/_components/LabelledSection";

interface PublicationListItemProps {
  id: string;
  /**
   * Let the browser skip laying out the entry while it is off screen. Worth it
   * only in long lists: the skipped entry's size is a guess until it is first
   * shown, and geometry read meanwhile (by audits, say) is approximate.
   */
  skipOffscreen?: boolean;
  /** Rejected by the publication filter. */
  filteredOut?: boolean;
  children: ReactNode;
}

/** One publication's list item, the target of /publications#id links. */
export function PublicationListItem({ id, skipOffscreen, filteredOut = false, children }: PublicationListItemProps) {
  return (
    <li
      id={id}
      data-testid="publication"
      className={skipOffscreen ? "scroll-mt-8 skip-offscreen" : "scroll-mt-8"}
      {...filteredOutAttributes(filteredOut)}
    >
      {children}
    </li>
  );
}
