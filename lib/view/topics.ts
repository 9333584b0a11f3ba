import type { ResearchArea } from "../profile/model";
import { slugify } from "../profile/text/slug";

export interface Topic {
  /** The research area's slug, as the `topic` URL parameter carries it. */
  slug: string;
  title: string;
}

/** The research areas as topics, in the author's order, one per slug even if two areas share a title. */
export function topicsOf(areas: readonly ResearchArea[]): Topic[] {
  return [...new Map(areas.map(({ slug, title }) => [slug, { slug, title }])).values()];
}

/**
 * The slug of a topic a publication names by its area's title: the area's
 * own slug, or the same slugify rule for a title no area has.
 */
export function topicSlug(title: string, areas: readonly ResearchArea[]): string {
  return areas.find((area) => area.title === title)?.slug ?? slugify(title);
}
