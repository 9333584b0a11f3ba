import { useEffect } from "react";

/**
 * Scrolls to the #fragment's target once more after hydration, if it is not
 * in view. In a long list that skips off-screen years, the browser scrolls to
 * the target while the heights around it are still estimates; as they are
 * replaced by real ones, it can be left thousands of pixels away. By the time
 * React has hydrated, the years near the target have their real heights, and
 * scroll anchoring keeps it in place from then on.
 */
export function useFragmentTargetInView(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const target = fragmentTarget();
    if (!target) return;
    const frame = requestAnimationFrame(() => {
      const { top } = target.getBoundingClientRect();
      if (top < 0 || top >= window.innerHeight) target.scrollIntoView();
    });
    return () => cancelAnimationFrame(frame);
  }, [enabled]);
}

function fragmentTarget(): HTMLElement | null {
  const fragment = window.location.hash.slice(1);
  if (!fragment) return null;
  try {
    return document.getElementById(decodeURIComponent(fragment));
  } catch {
    // A malformed escape in the URL names no element.
    return null;
  }
}
