import type { VenueKind } from "@/lib/profile";

/** Written out whole, so Tailwind sees every class; the colours are tokens in globals.css that flip in dark mode. */
export const VENUE_KIND_STYLES: Record<VenueKind, { fill: string; swatch: string }> = {
  journal: { fill: "fill-kind-journal", swatch: "bg-kind-journal" },
  conference: { fill: "fill-kind-conference", swatch: "bg-kind-conference" },
  workshop: { fill: "fill-kind-workshop", swatch: "bg-kind-workshop" },
  preprint: { fill: "fill-kind-preprint", swatch: "bg-kind-preprint" },
  thesis: { fill: "fill-kind-thesis", swatch: "bg-kind-thesis" },
  other: { fill: "fill-kind-other", swatch: "bg-kind-other" },
};
