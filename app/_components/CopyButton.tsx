"use client";

import { useState } from "react";

type CopyState = "idle" | "copied" | "failed";

const STATUS: Record<CopyState, string> = {
  idle: "",
  copied: "Copied",
  failed: "Copy failed: select the text instead",
};

interface CopyButtonProps {
  text: string;
  /** The button's visible label, e.g. "Copy BibTeX". */
  label: string;
}

/** Copies `text` to the clipboard and says so in a live region screen readers announce. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>("idle");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // No clipboard outside a secure context, or permission refused.
      setState("failed");
    }
  };

  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="min-h-8 rounded-md border border-line bg-paper px-3 text-sm font-medium text-accent hover:border-accent hover:bg-accent-soft"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {STATUS[state]}
      </span>
    </div>
  );
}
