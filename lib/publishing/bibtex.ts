import type { Publication } from "../profile/model";

const SPECIAL = /[\\{}&%$#_~^]/g;
const ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

function escape(text: string): string {
  return text.replace(SPECIAL, (character) => ESCAPES[character] ?? character);
}

/** Braces keep BibTeX styles from lower-casing acronyms and names: "{LLMs}", "{MoE}". */
function protectCapitals(title: string): string {
  return escape(title)
    .split(" ")
    .map((word) => (/[A-Z]/.test(word.slice(1)) ? `{${word}}` : word))
    .join(" ");
}

/** BibTeX splits the author list on " and ": a name that contains the word is braced whole ("{Johnson and Johnson}"). */
function authorName(name: string): string {
  const escaped = escape(name.trim());
  return /\sand\s/i.test(escaped) ? `{${escaped}}` : escaped;
}

function familyName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? name;
}

function asciiWord(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();
}

const STOP_WORDS = new Set(["a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "via"]);

/** "wang2023cocktailsgd": first author's family name, year and first significant title word. */
function baseKey(publication: Publication): string {
  const author = publication.authors[0] ? asciiWord(familyName(publication.authors[0].name)) : "";
  const word =
    publication.title
      .split(/[\s:]+/)
      .map(asciiWord)
      .find((candidate) => candidate && !STOP_WORDS.has(candidate)) ?? "";
  return `${author || "anon"}${publication.year ?? ""}${word}`;
}

/** Citation keys for every publication, stable for a given list, unique by a letter suffix. */
export function citationKeys(publications: Publication[]): Map<string, string> {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const publication of publications) {
    const base = baseKey(publication);
    let key = base;
    for (let n = 0; used.has(key); n += 1) key = `${base}${String.fromCharCode(98 + (n % 25))}${n >= 25 ? n : ""}`;
    used.add(key);
    keys.set(publication.id, key);
  }
  return keys;
}

type Field = [name: string, value: string | null];

function fields(publication: Publication): { type: string; fields: Field[] } {
  const venue = publication.venue ? escape(publication.venue.short) : null;
  const common: Field[] = [
    ["title", protectCapitals(publication.title)],
    [
      "author",
      publication.authors.length ? publication.authors.map((author) => authorName(author.name)).join(" and ") : null,
    ],
  ];
  const tail: Field[] = [
    ["year", publication.year === null ? null : String(publication.year)],
    ["url", publication.url && publication.url.replace(/\{/g, "%7B").replace(/\}/g, "%7D")],
  ];
  switch (publication.venue?.kind) {
    case "conference":
    case "workshop":
      return { type: "inproceedings", fields: [...common, ["booktitle", venue], ...tail] };
    case "journal":
      return { type: "article", fields: [...common, ["journal", venue], ...tail] };
    case "preprint":
    case "thesis":
      return { type: "misc", fields: [...common, ["howpublished", venue], ...tail] };
    case "other":
    case undefined:
      return {
        type: "misc",
        fields: [...common, ["note", publication.venueLine ? escape(publication.venueLine) : null], ...tail],
      };
  }
}

/** One BibTeX entry, fields aligned, values braced. */
export function toBibtex(publication: Publication, key: string): string {
  const entry = fields(publication);
  const present = entry.fields.filter((field): field is [string, string] => field[1] !== null);
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`);
  return `@${entry.type}{${key},\n${lines.join("\n")}\n}`;
}

/**
 * Every publication's entry by publication id. Keys are chosen over the whole
 * list, so an entry copied from a page matches the one in the .bib file.
 */
export function bibtexEntries(publications: Publication[]): Map<string, string> {
  const keys = citationKeys(publications);
  return new Map(
    publications.map((publication) => [
      publication.id,
      toBibtex(publication, keys.get(publication.id) ?? publication.id),
    ]),
  );
}

/** The whole bibliography, entries in the author's order. */
export function toBibliography(publications: Publication[]): string {
  return `${[...bibtexEntries(publications).values()].join("\n\n")}\n`;
}
