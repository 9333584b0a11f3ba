import type { ParseContext } from "./context";
import type { Publication, ResearchArea, ResearchItem, Section } from "./model";
import { normalizeName } from "./text/authors";
import { isPlaceholderHref, urlKey } from "./text/links";
import { findBadges } from "./text/venues";

/** The publications as research items look them up, each URL and name normalized once. */
interface PublicationIndex {
  /** The first publication (in the author's order) that links to each URL. */
  byUrl: Map<string, Publication>;
  names: Array<{ publication: Publication; title: string; head: string }>;
}

function indexPublications(publications: Publication[]): PublicationIndex {
  const byUrl = new Map<string, Publication>();
  for (const publication of publications) {
    for (const url of [publication.url, ...publication.links.map((link) => link.href)]) {
      const key = url === null ? null : urlKey(url);
      if (key !== null && !byUrl.has(key)) byUrl.set(key, publication);
    }
  }
  const names = publications.map((publication) => ({
    publication,
    title: normalizeName(publication.title),
    head: normalizeName(publication.title.split(":")[0] ?? ""),
  }));
  return { byUrl, names };
}

/** "FloE" names "FloE: On-the-Fly MoE Inference…"; a unique match only. */
function byName(label: string, index: PublicationIndex): Publication | null {
  const name = normalizeName(label);
  if (!name) return null;
  const matches = index.names.filter(
    ({ title, head }) => head === name || title === name || title.startsWith(`${name} `),
  );
  return matches.length === 1 ? (matches[0]?.publication ?? null) : null;
}

function resolveItem(item: ResearchItem, index: PublicationIndex, context: ParseContext): ResearchItem {
  const placeholder = isPlaceholderHref(item.href);
  const publication =
    (!placeholder && item.href ? index.byUrl.get(urlKey(item.href)) : undefined) ?? byName(item.label, index);
  if (placeholder && item.href !== null && !publication) {
    context.warn(
      item.line,
      `research link "${item.label}" points to "${item.href}" and matches no publication by name; shown without a link`,
    );
  }
  return { ...item, href: placeholder ? null : item.href, publicationId: publication?.id ?? null };
}

function addUnique(list: string[], values: string[]): string[] {
  return [...list, ...values.filter((value) => !list.includes(value))];
}

function resolveResearch(sections: Section[], context: ParseContext): Section[] {
  if (!sections.some((section) => section.kind === "research")) return sections;
  const publications = sections.flatMap((section) =>
    section.kind === "publications"
      ? section.items.filter((item): item is Publication => item.kind === "publication")
      : [],
  );
  const index = indexPublications(publications);
  return sections.map((section): Section => {
    if (section.kind !== "research") return section;
    const areas = section.areas.map((area): ResearchArea => ({
      ...area,
      items: area.items.map((item) => resolveItem(item, index, context)),
    }));
    return { ...section, areas };
  });
}

/** Each cited publication's citations: the area that cites it and the item that does. */
function citationsById(sections: Section[]): Map<string, Array<{ area: ResearchArea; item: ResearchItem }>> {
  const citations = new Map<string, Array<{ area: ResearchArea; item: ResearchItem }>>();
  for (const section of sections) {
    if (section.kind !== "research") continue;
    for (const area of section.areas) {
      for (const item of area.items) {
        if (item.publicationId !== null)
          citations.set(item.publicationId, [...(citations.get(item.publicationId) ?? []), { area, item }]);
      }
    }
  }
  return citations;
}

/**
 * Research areas cite publications; the publications learn their topics and
 * badges ("ICML23, Oral") from those citations, so the author writes them once.
 */
export function crossReference(sections: Section[], context: ParseContext): Section[] {
  const withResearch = resolveResearch(sections, context);
  const citations = citationsById(withResearch);
  if (citations.size === 0) return withResearch;
  return withResearch.map((section): Section => {
    if (section.kind !== "publications") return section;
    const items = section.items.map((entry) => {
      const cited = entry.kind === "publication" ? citations.get(entry.id) : undefined;
      if (entry.kind !== "publication" || !cited) return entry;
      return {
        ...entry,
        topics: addUnique(
          entry.topics,
          cited.map(({ area }) => area.title),
        ),
        badges: addUnique(
          entry.badges,
          cited.flatMap(({ item }) => findBadges(item.remark ?? "")),
        ),
      };
    });
    return { ...section, items };
  });
}
