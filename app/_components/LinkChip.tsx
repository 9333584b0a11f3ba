import type { ReactNode } from "react";

/** The small bordered button-like link under a publication ("Paper", "Code"). */
export const LINK_CHIP =
  "inline-flex min-h-6 items-center rounded-md border border-line px-2.5 text-xs font-medium text-accent hover:border-accent hover:bg-accent-soft";

export function LinkChip({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className={LINK_CHIP}>
      {children}
    </a>
  );
}
