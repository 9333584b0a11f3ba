"use client";

/**
 * The page's only script: the browser's print dialog, where "Save as PDF" is
 * one of the printers. Without JavaScript it is hidden, and the browser's own
 * Print prints the same page.
 */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="needs-script button shrink-0 whitespace-nowrap print:hidden"
    >
      Print or save as PDF
    </button>
  );
}
