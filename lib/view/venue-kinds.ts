import type { Publication, VenueKind } from "../profile/model";

/**
 * Every kind of venue, in the order a CV lists them and a chart stacks them,
 * with how it reads as a heading. A Record, so a kind added to the model
 * cannot be forgotten here.
 */
const VENUE_KIND_NAMES: Record<VenueKind, { heading: string; legend: string }> = {
  journal: { heading: "Journal articles", legend: "Journal" },
  conference: { heading: "Conference papers", legend: "Conference" },
  workshop: { heading: "Workshop papers", legend: "Workshop" },
  preprint: { heading: "Preprints", legend: "Preprint" },
  thesis: { heading: "Theses", legend: "Thesis" },
  other: { heading: "Other publications", legend: "Other" },
};

const isVenueKind = (key: string): key is VenueKind => key in VENUE_KIND_NAMES;

export const VENUE_KINDS: readonly VenueKind[] = Object.keys(VENUE_KIND_NAMES).filter(isVenueKind);

export function venueKindHeading(kind: VenueKind): string {
  return VENUE_KIND_NAMES[kind].heading;
}

export function venueKindLegend(kind: VenueKind): string {
  return VENUE_KIND_NAMES[kind].legend;
}

/** A paper without a venue line is filed with the other kinds nobody could name. */
export function venueKindOf(publication: Publication): VenueKind {
  return publication.venue?.kind ?? "other";
}
