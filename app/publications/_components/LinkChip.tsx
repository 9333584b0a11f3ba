import type { ReactNode } from "react";

/** The small bordered button-like link under a publication ("Paper", "Code"). */
export function LinkChip({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="chip">
      {children}
    </a>
  );
}
