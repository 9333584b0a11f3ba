import type { ParseContext } from "./context";
import type { Publication, ResearchArea, ResearchItem, Section } from "./model";
import { normalizeName } from "./text/authors";
import { isPlaceholderHref, sameUrl } from "./text/links";
import { findBadges } from "./text/venues";

function byUrl(href: string, publications: Publication[]): Publication | null {
  return (
    publications.find((publication) =>
      [publication.url, ...publication.links.map((link) => link.href)].some(
        (url) => url !== null && sameUrl(url, href),
      ),
    ) ?? null
  );
}

/** "FloE" names "FloE: On-the-Fly MoE Inference…"; a unique match only. */
function byName(label: string, publications: Publication[]): Publication | null {
  const name = normalizeName(label);
  if (!name) return null;
  const matches = publications.filter((publication) => {
    const title = normalizeName(publication.title);
    const head = normalizeName(publication.title.split(":")[0] ?? "");
    return head === name || title === name || title.startsWith(`${name} `);
  });
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

function resolveItem(item: ResearchItem, publications: Publication[], context: ParseContext): ResearchItem {
  const placeholder = isPlaceholderHref(item.href);
  const publication =
    (!placeholder && item.href ? byUrl(item.href, publications) : null) ?? byName(item.label, publications);
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

/**
 * Research areas cite publications; the publications learn their topics and
 * badges ("ICML23, Oral") from those citations, so the author writes them once.
 */
export function crossReference(sections: Section[], context: ParseContext): Section[] {
  const publications = sections.flatMap((section) =>
    section.kind === "publications"
      ? section.items.filter((item): item is Publication => item.kind === "publication")
      : [],
  );
  const withResearch = sections.map((section): Section => {
    if (section.kind !== "research") return section;
    const areas = section.areas.map((area): ResearchArea => ({
      ...area,
      items: area.items.map((item) => resolveItem(item, publications, context)),
    }));
    return { ...section, areas };
  });
  const citations = withResearch.flatMap((section) =>
    section.kind === "research" ? section.areas.flatMap((area) => area.items.map((item) => ({ area, item }))) : [],
  );
  return withResearch.map((section): Section => {
    if (section.kind !== "publications") return section;
    const items = section.items.map((entry) => {
      if (entry.kind !== "publication") return entry;
      const cited = citations.filter(({ item }) => item.publicationId === entry.id);
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
