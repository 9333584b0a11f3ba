import type { Heading, RootContent } from "mdast";
import { DEFAULT_PROFILE_PATH } from "../config";
import { ParseContext } from "./context";
import { readFrontMatter } from "./frontmatter";
import { crossReference } from "./cross-reference";
import { readCvDocument } from "./cv-document";
import { readProfileLinks } from "./links";
import { findOwnerName } from "./name";
import { readAuthorLimit } from "./options";
import { readPhoto } from "./photo";
import { parseMarkdown } from "./markdown/parse-markdown";
import { toPlainText } from "./markdown/render";
import type { FrontMatterValue, Profile, Section } from "./model";
import { readContact } from "./sections/contact";
import { readIntroSection } from "./sections/intro";
import { readOtherSection } from "./sections/other";
import { readPositions } from "./sections/positions";
import { readPublications } from "./sections/publications";
import { readResearchSections } from "./sections/research";
import { readUpdates } from "./sections/updates";
import { type Chunk, chunk } from "./sections/chunk";
import { classifyHeading, classifyPublicationGroup } from "./sections/classify";

function readChunk({ heading, kind, blocks }: Chunk, context: ParseContext): Section[] {
  const title = toPlainText(heading);
  const line = context.lineOf(heading);
  switch (kind) {
    case "updates":
      return [readUpdates(title, line, blocks, context)];
    case "experience":
    case "education":
      return [readPositions(kind, title, line, blocks, context)];
    case "publications":
      return [readPublications(title, line, blocks, context)];
    case "contact":
      return [readContact(title, line, blocks)];
    case "research":
      return readResearchSections(title, blocks, context) ?? [readOtherSection(title, line, blocks)];
    case "other":
      return [readOtherSection(title, line, blocks)];
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/**
 * Text before the first section: the bio, and the research areas when it lists
 * them. A document title ("# Jane Doe") heads the first of them, and is kept
 * even with no text below it: it is the author's words, and may be their name.
 */
function readPreamble(blocks: RootContent[], title: Heading | null, context: ParseContext): Section[] {
  const heading = title && { heading: toPlainText(title), line: context.lineOf(title) };
  if (!blocks.length) return heading ? [{ kind: "intro", ...heading, html: "", text: "" }] : [];
  const [first, ...rest] = readResearchSections(null, blocks, context) ?? [readIntroSection(blocks, context)];
  if (!first || !heading) return first ? [first, ...rest] : rest;
  return [{ ...first, ...heading }, ...rest];
}

const ENTRY_SECTIONS = new Set<string>(["updates", "publications", "experience", "education"]);

/** "## 2024", "### Journal Articles": a subheading that groups a titled page's entries rather than starting a section. */
function groupsEntries(part: Chunk): boolean {
  if (part.kind !== "other") return false;
  const group = classifyPublicationGroup(toPlainText(part.heading));
  return group.kind === "year" || group.kind === "venue";
}

/**
 * A page whose front matter titles it as a list of entries ("title:
 * Publications", Hugo's "title: Latest News" section file) and whose text
 * starts without a heading of that kind: that text, and the year or kind
 * subheadings that follow, are the section the title names.
 */
function titledSection(
  data: Record<string, FrontMatterValue>,
  preamble: RootContent[],
  chunks: Chunk[],
): { section: Chunk; rest: Chunk[] } | null {
  const title = typeof data.title === "string" ? data.title.trim() : "";
  const kind = classifyHeading(title);
  if (!ENTRY_SECTIONS.has(kind)) return null;
  const groups = chunks.findIndex((part) => !groupsEntries(part));
  const grouped = groups === -1 ? chunks : chunks.slice(0, groups);
  const blocks = [...preamble, ...grouped.flatMap((part): RootContent[] => [part.heading, ...part.blocks])];
  const [first] = blocks;
  if (!first) return null;
  const heading: Heading = { type: "heading", depth: 1, children: [{ type: "text", value: title }] };
  return {
    section: { heading: { ...heading, position: first.position }, kind, blocks },
    rest: chunks.slice(grouped.length),
  };
}

/** Front matter dates arrive as ISO timestamps or as written; keep the calendar date. */
function isoDate(value: FrontMatterValue | undefined): string | null {
  if (typeof value !== "string") return null;
  return /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] ?? null;
}

const NO_NAME =
  'no name found: add "name: Your Name" to the front matter (or a "title" that is not a page label such as "About me"), or start the page with a "# Your Name" heading';

/** Turn the text of a profile file into the typed Profile the pages render. */
export function parseProfile(source: string, file = DEFAULT_PROFILE_PATH): Profile {
  // Editors save "é" either as one code point or as "e" plus an accent; publish one form.
  const { data, body, bodyLineOffset, keyLine } = readFrontMatter(source.normalize("NFC"), file);
  const context = new ParseContext(bodyLineOffset, file);
  const tree = parseMarkdown(body, context);
  const owner = findOwnerName(data, tree, (node) => context.lineOf(node));
  context.ownerName = owner?.name ?? "";
  if (source.trim() === "") {
    context.error(
      null,
      'the file is empty; start it with front matter that names you ("---", "title: Your Name", "---")',
    );
  } else if (!owner) {
    context.error(1, NO_NAME);
  } else if (body.trim() === "") {
    // Still a valid site (a name page), but almost certainly not what the author meant.
    context.warn(null, "nothing after the front matter; the site will show only the name");
  }
  if (owner?.source.kind === "publications") {
    context.warn(
      owner.source.line,
      `the name "${owner.name}" is guessed from the bold author name in the publications; add "name: ${owner.name}" to the front matter to say so`,
    );
  }
  const { title, preamble: written, chunks } = chunk(tree);
  // A page titled as a list of entries has no intro: its first image is a teaser, not the owner's photo.
  const titled = title ? null : titledSection(data, written, chunks);
  const { photo, intro: preamble } = readPhoto(
    { declared: data.photo, declaredLine: keyLine(["photo"]), intro: titled ? [] : written },
    context,
  );
  const cvDocument = readCvDocument({ declared: data.cv, declaredLine: keyLine(["cv"]), intro: preamble }, context);
  const opening = titled ? readChunk(titled.section, context) : readPreamble(preamble, title, context);
  const sections = [...opening, ...(titled?.rest ?? chunks).flatMap((part) => readChunk(part, context))];
  const links = readProfileLinks(
    {
      declared: data.links,
      declaredLine: (key) => keyLine(key === "links" ? ["links"] : ["links", key]),
      blocks: [...preamble, ...chunks.flatMap((part) => (part.kind === "contact" ? part.blocks : []))],
      email:
        sections.flatMap((section) => (section.kind === "contact" && section.email ? [section.email] : []))[0] ?? null,
    },
    context,
  );
  return {
    name: context.ownerName,
    nameSource: owner?.source ?? null,
    updated: isoDate(data.date),
    frontMatter: data,
    links,
    photo,
    cvDocument,
    authorLimit: readAuthorLimit(data.author_limit, keyLine(["author_limit"]), context),
    sections: crossReference(sections, context),
    diagnostics: context.diagnostics.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    source: file,
  };
}
