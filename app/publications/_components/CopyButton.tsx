"use client";

import { useState } from "react";

type CopyState = "idle" | "copied" | "failed";

const STATUS: Record<CopyState, string> = {
  idle: "",
  copied: "Copied",
  failed: "Copy failed: select the text instead",
};

interface CopyButtonProps {
  /**
   * The element whose text is copied. Read from the page rather than passed in,
   * so the text is not shipped a second time in the props React hydrates.
   */
  sourceId: string;
  /** The button's visible label, e.g. "Copy BibTeX". */
  label: string;
}

/** Copies the source element's text to the clipboard and says so in a live region screen readers announce. */
export function CopyButton({ sourceId, label }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>("idle");

  const copy = async () => {
    try {
      const text = document.getElementById(sourceId)?.textContent;
      if (!text) throw new Error(`nothing to copy in #${sourceId}`);
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // No clipboard outside a secure context, or permission refused.
      setState("failed");
    }
  };

  return (
    <div className="flex items-center gap-3">
      <button type="button" onClick={copy} className="button">
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {STATUS[state]}
      </span>
    </div>
  );
}
