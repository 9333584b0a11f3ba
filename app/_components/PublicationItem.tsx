import type { ReactNode } from "react";

interface PublicationItemProps {
  id: string;
  /** The filter hides entries rather than removing them, so showing them again costs no re-render. */
  hidden?: boolean;
  children: ReactNode;
}

/** One publication's list item, the target of /publications#id links. */
export function PublicationItem({ id, hidden, children }: PublicationItemProps) {
  return (
    <li id={id} data-testid="publication" hidden={hidden} className="scroll-mt-8 [contain-intrinsic-size:auto_10rem] [content-visibility:auto] [overflow-clip-margin:0.5rem]">
      {children}
    </li>
  );
}
