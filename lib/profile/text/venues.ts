import type { Venue, VenueKind } from "../model";

export interface VenueLine {
  venue: Venue | null;
  year: number | null;
  badges: string[];
}

const BADGE =
  /\b(oral|spotlight|highlight|best (?:student )?paper(?: award)?|outstanding paper(?: award)?|honou?rable mention|distinguished paper(?: award)?|award)\b/i;
const LEADING_PHRASE =
  /^(?:accepted (?:to|at|by|in|as)|to appear (?:in|at)|published (?:in|at)|appeared (?:in|at)|(?:under review|in submission|submitted) (?:at|to|for|in)|in proc(?:eedings|\.)?(?: of)?|proc\.(?: of)?|in)\s+(?:the\s+)?/i;
// A year, also glued to the venue ("ICML2025"), or its last two digits after an apostrophe ("NeurIPS'24").
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)|['’]\d{2}\b/g;
const ABBREVIATION = /\(([A-Z][A-Za-z0-9&-]*[A-Z0-9][A-Za-z0-9&-]*)\)/;

const PREPRINT = /arxiv|preprint|\bcorr\b|biorxiv|medrxiv|ssrn|under review|under submission|in submission|submitted/i;
const WORKSHOP = /workshop/i;
const THESIS = /\b(?:thesis|dissertation)\b/i;
const JOURNAL =
  /journal|transactions|\btrans\.|letters|\b(?:tmlr|jmlr|tacl|tpami|tkde|tois|tods|tocs|tog|ijcv|pvldb|nature|science|pnas|plos)\b/i;
const CONFERENCE =
  /proc\.|proceedings|conference|symposium|workshop|findings|\b(?:icml|neurips|nips|iclr|acl|emnlp|naacl|eacl|coling|aaai|ijcai|cvpr|iccv|eccv|kdd|sigir|www|wsdm|cikm|recsys|sigmod|vldb|icde|osdi|sosp|nsdi|eurosys|atc|socc|mlsys|asplos|isca|micro|ppopp|uai|aistats|colt|chi|uist|icra|iros|rss|corl|interspeech|icassp|popl|pldi|oopsla|icfp|icse|fse|ccs|ndss|usenix|sigcomm|soda|stoc|focs)\b/i;

export function venueKind(line: string): VenueKind {
  if (PREPRINT.test(line)) return "preprint";
  if (WORKSHOP.test(line)) return "workshop";
  if (THESIS.test(line)) return "thesis";
  if (JOURNAL.test(line)) return "journal";
  if (CONFERENCE.test(line)) return "conference";
  return "other";
}

/** Distinctions written in a venue line or a research label: "(Oral)", "Spotlight". */
export function findBadges(text: string): string[] {
  return (
    text
      // Parts of a venue line: "In Proc. of NeurIPS 2024, Spotlight.", "IROS 2023. Best Paper", "ICML | Oral".
      .split(/[(),;|·]|\.\s/)
      .map((part) => part.trim().replace(/[.!:]+$/, ""))
      .filter((part) => BADGE.test(part) && part.split(/\s+/).length <= 4)
      // "AAAI 2026 Oral" → "Oral": the distinction without the venue written before it.
      .map((part) => part.slice(BADGE.exec(part)?.index ?? 0).replace(/^\w/, (first) => first.toUpperCase()))
  );
}

function fullYear(written: string): number {
  const digits = written.replace(/^['’]/, "");
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function lastYear(text: string): number | null {
  const years = text.match(YEAR);
  return years ? fullYear(years[years.length - 1] ?? "") : null;
}

function shortName(text: string): string {
  if (/arxiv/i.test(text)) return "arXiv";
  const abbreviation = ABBREVIATION.exec(text)?.[1];
  if (abbreviation && !BADGE.test(abbreviation)) return abbreviation;
  return (
    text
      .replace(LEADING_PHRASE, "")
      // "…, 12(3). DOI: 10.5555/…": the DOI is the paper's address, not the venue's name.
      .replace(/[\s,.;]*\bdoi\b.*$/i, "")
      .replace(/\([^)]*\)/g, "")
      // Volume and pages after a journal's name: "…, 712, 45-60", "…, 12(3), pp. 1–9", "…, 30, 1944-1964".
      .replace(/(?:,\s*(?:vol\.\s*|pp?\.\s*)?\d+(?:\(\d+\))?(?:\s*[-–]\s*\d+)?)+[\s.]*$/i, "")
      .replace(YEAR, "")
      .replace(/[\s,.:;'’-]+$/, "")
      .replace(/\s{2,}/g, " ")
      .trim()
  );
}

/**
 * "Accepted to ICML 2025.", "In Proc. of ACL 2024", "TMLR.",
 * "Journal of X (JX), 2022", "arXiv preprint, 2024" → short venue, kind, year.
 */
export function parseVenueLine(line: string): VenueLine {
  const text = line.trim();
  // "In Proceedings of ICML, 2025. | Workshop at ICLR 2025.": the first venue named is where it appeared.
  const main = text.split(/\s[|;]\s/)[0] ?? text;
  const short = shortName(main);
  return {
    venue: short ? { short, kind: venueKind(main) } : null,
    year: lastYear(text),
    badges: findBadges(text),
  };
}

/**
 * A tag set beside a title ("[ICML 2024]", a paper box's "CVPR 2025 Oral"):
 * the venue when it names one or gives a year, else null ("VLA model").
 */
export function parseVenueTag(tag: string): VenueLine | null {
  const text = tag.replace(/^[\s[(]+|[\s\])]+$/g, "");
  if (!text || (venueKind(text) === "other" && lastYear(text) === null)) return null;
  return parseVenueLine(text);
}

/**
 * Whether a line plainly names a venue. Conference acronyms are left out on
 * purpose: "Chi" or "Micro" can be an author's name.
 */
export function looksLikeVenue(line: string): boolean {
  const text = line.trim();
  return (
    LEADING_PHRASE.test(text) || [PREPRINT, JOURNAL, THESIS].some((kind) => kind.test(text)) || lastYear(text) !== null
  );
}
