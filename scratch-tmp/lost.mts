import { readFileSync } from "node:fs";
import { parseProfile } from "../lib/profile/parse";
import { readFrontMatter } from "../lib/profile/frontmatter";
import type { Profile } from "../lib/profile/model";
const FILE = "x.md";
const MONTH_NAMES = ["january","february","march","april","may","june","july","august","september","october","november","december"];
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd),
    )
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Math.min(Number(decimal), 0x10ffff) || 0xfffd))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
}

function words(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => [...word].length >= 3);
}

/**
 * Words a reader of the rendered markdown would see: no comments (an unclosed
 * one runs to the end), no tag names or attributes, no link destinations or
 * bare URLs, no entity names.
 */
function visibleWords(markdown: string): string[] {
  const text = markdown
    // A "[[Code]]" button with no usable destination is left out on purpose (with a warning): a
    // button that goes nowhere. First, because markdown reads its destination before any
    // comment: "](htt<!--ps://…)" is an address, not the start of a comment.
    .replace(/\[\\?\[[^\]\n]*\\?\]\]\((?!\s*<?(?:https?|mailto):)[^)\s]*\)/gi, " ")
    .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
    // Script, styles and embedded frames are dropped with what they hold (and a warning): never shown.
    .replace(/<(script|style|iframe)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, " ")
    // Link reference definitions, also inside list items ("- [Sep 2023]: TMLR" is one): not shown.
    .replace(
      /^(?:\s*(?:[-*+>]|\d+[.)])\s+)*\s{0,3}\[[^\]\n]+\]:\s*\S+\s*(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\))?\s*$/gm,
      " ",
    )
    .replace(/\[\\?\[[^\]\n]*\\?\]\]\((?!\s*<?(?:https?|mailto):)[^)\n]*\)/gi, " ")
    .replace(/\]\([^)]*\)/g, "] ")
    .replace(/<[a-z][a-z0-9+.-]*:[^<>\s]*>/gi, " ")
    .replace(/<\/?[a-z][^<>]*>/gi, " ")
    .replace(/\b(?:https?|ftp|mailto|javascript|data|vbscript):\S*/gi, " ")
    .replace(/\bwww\.\S*/gi, " ")
    .replace(/\S+@\S+\.\S+/g, " ");
  return words(decodeEntities(text));
}

/** Everything the site can show: every string in the profile, tags stripped, plus dates as words. */
function renderedWords(profile: Profile): Set<string> {
  const parts: string[] = [profile.name];
  // Fields named *Html/html hold sanitized HTML; every other string is plain text, shown as is.
  const walk = (value: unknown, isHtml: boolean): void => {
    if (typeof value === "string") parts.push(isHtml ? decodeEntities(value.replace(/<[^<>]*>/g, " ")) : value);
    else if (typeof value === "number") parts.push(String(value));
    else if (Array.isArray(value)) value.forEach((item) => walk(item, isHtml));
    else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.month === "number") parts.push(MONTH_NAMES[record.month - 1] ?? "");
      for (const [key, item] of Object.entries(record)) walk(item, /html$/i.test(key));
    }
  };
  walk(profile.sections, false);
  return new Set(words(parts.join(" ")));
}

function bodyOf(source: string): string {
  return readFrontMatter(source.normalize("NFC"), FILE).body;
}

/** A month name or its abbreviation: dates are structured data, shown in the site's own format. */
function isMonth(word: string): boolean {
  return MONTH_NAMES.some((month) => month.startsWith(word) && word.length >= 3);
}

/** Labels the parser turns into structure: "Sep 2018 - Now" is an open period, "Email:" marks the address. */
const STRUCTURAL = new Set(["now", "present", "current", "today", "email", "mail"]);

function lostWords(source: string, profile: Profile): string[] {
  const rendered = renderedWords(profile);
  return [...new Set(visibleWords(bodyOf(source)))].filter(
    (word) => !rendered.has(word) && !isMonth(word) && !STRUCTURAL.has(word),
  );
}


for (const f of process.argv.slice(2)) {
  const s = readFileSync(f, "utf8");
  console.log(f.split("/").slice(-2)[0], lostWords(s, parseProfile(s, FILE)));
}
