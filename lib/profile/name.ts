import type { Heading, Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import { toPlainText } from "./markdown/render";
import type { FrontMatterValue, NameSource } from "./model";
import { classifyHeading } from "./sections/classify";

export interface OwnerName {
  name: string;
  source: NameSource;
}

// Titles that label the page rather than name its owner (academicpages' "About me", al-folio's "about").
const PAGE_LABELS = new Set([
  "",
  "about",
  "about me",
  "home",
  "homepage",
  "home page",
  "main page",
  "index",
  "cv",
  "resume",
  "bio",
  "biography",
  "welcome",
  "hello",
  "hi",
  "greetings",
]);

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function text(value: FrontMatterValue | undefined): string {
  if (typeof value === "string") return value.trim();
  // Hugo and Quarto also write `author: { name: … }`.
  if (value && typeof value === "object" && !Array.isArray(value)) return text(value.name);
  return "";
}

function fromFrontMatter(data: Record<string, FrontMatterValue>): OwnerName | null {
  for (const field of ["name", "author", "title"] as const) {
    const name = text(data[field]);
    // "title: Publications" labels a page of entries, as "title: About me" labels a bio.
    const isLabel = PAGE_LABELS.has(fold(name)) || classifyHeading(name) !== "other";
    if (name && !(field === "title" && isLabel)) return { name, source: { kind: "front matter", field } };
  }
  return null;
}

// "Hi there 👋, I'm Ada Example" in a GitHub profile README.
const INTRODUCTION = /\b(?:I['’]m|I am|this is)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})/u;
const NAME_LIKE = /^[\p{L}][\p{L}\p{M}.'’ -]{0,60}$/u;

/** A name in the heading: the whole of it when it reads as one, or the name a greeting introduces. */
function nameInHeading(heading: string): string | null {
  const introduced = INTRODUCTION.exec(heading)?.[1];
  if (introduced) return introduced;
  const name = heading.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "");
  const words = name.split(/\s+/).length;
  // A single word is a section name ("Educations") more often than a name, except in scripts written without spaces.
  const enoughWords =
    words >= 2 || /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name);
  return NAME_LIKE.test(name) && enoughWords && words <= 6 && !PAGE_LABELS.has(fold(name)) ? name : null;
}

/**
 * The page's title heading: the first heading, and the page's only "#" one.
 * AcadHomepage writes every section as "#" ("# 🔥 News", "# 🏫 Educations"): none of them is a title.
 */
function fromHeading(tree: Root, lineOf: (node: Nodes) => number): OwnerName | null {
  const headings = tree.children.filter((node): node is Heading => node.type === "heading");
  const [first] = headings;
  if (!first || first.depth !== 1 || headings.filter((heading) => heading.depth === 1).length > 1) return null;
  const heading = toPlainText(first);
  if (classifyHeading(heading) !== "other") return null;
  const name = nameInHeading(heading);
  return name ? { name, source: { kind: "heading", line: lineOf(first) } } : null;
}

// Bold names in author lines, with their equal-contribution and corresponding-author marks.
const PERSON = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3}$/u;
const MARKS = /[*†‡#§¶∗]|\$[^$]*\$|\\/g;

interface Sighting {
  count: number;
  line: number;
}

/** Bold person names within publications sections (the whole page, when it is titled "Publications"), counted. */
function boldNamesInPublications(
  tree: Root,
  lineOf: (node: Nodes) => number,
  pageOfPublications: boolean,
): Map<string, Sighting> {
  const seen = new Map<string, Sighting>();
  let depth: number | null = pageOfPublications ? 0 : null;
  for (const block of tree.children) {
    if (block.type === "heading") {
      if (depth !== null && block.depth <= depth) depth = null;
      if (classifyHeading(toPlainText(block)) === "publications") depth = block.depth;
      continue;
    }
    if (depth === null) continue;
    visit(block, "strong", (node) => {
      const name = toPlainText(node)
        .replace(MARKS, "")
        .replace(/[,;.]+$/, "")
        .trim();
      if (!PERSON.test(name)) return;
      const sighting = seen.get(name);
      if (sighting) sighting.count += 1;
      else seen.set(name, { count: 1, line: lineOf(node) });
    });
  }
  return seen;
}

/** The bold name repeated most often across author lines; once is not enough to tell it from a bold title. */
function fromPublications(tree: Root, lineOf: (node: Nodes) => number, pageOfPublications: boolean): OwnerName | null {
  let best: { name: string; sighting: Sighting } | null = null;
  for (const [name, sighting] of boldNamesInPublications(tree, lineOf, pageOfPublications)) {
    if (sighting.count >= 2 && sighting.count > (best?.sighting.count ?? 0)) best = { name, sighting };
  }
  if (!best) return null;
  return {
    name: best.name,
    source: { kind: "publications", line: best.sighting.line, authorLines: best.sighting.count },
  };
}

/**
 * Whose homepage this is: the front matter's `name`, `author` or `title`
 * (unless the title labels the page, like "About me"), else the page's
 * title heading, else the bold name most repeated in the publications.
 */
export function findOwnerName(
  data: Record<string, FrontMatterValue>,
  tree: Root,
  lineOf: (node: Nodes) => number,
): OwnerName | null {
  const pageOfPublications = classifyHeading(text(data.title)) === "publications";
  return fromFrontMatter(data) ?? fromHeading(tree, lineOf) ?? fromPublications(tree, lineOf, pageOfPublications);
}

/** How `npm run check` names the source. */
export function describeNameSource(source: NameSource): string {
  switch (source.kind) {
    case "front matter":
      return `the front matter's "${source.field}"`;
    case "heading":
      return `the "#" heading on line ${source.line}`;
    case "publications":
      return `the bold author name in ${source.authorLines} publications (first on line ${source.line})`;
    default: {
      const unreachable: never = source;
      return unreachable;
    }
  }
}
