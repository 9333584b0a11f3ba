/**
 * The text of the author's drafts in HTML comments, as four-word phrases and
 * URLs that appear nowhere else in the file, and a matcher that finds them in
 * any document the build emits (HTML, JSON, JavaScript, RSS, BibTeX).
 */

export interface Secrets {
  phrases: string[];
  urls: string[];
}

const COMMENT = /<!--([\s\S]*?)-->/g;

function words(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Markdown as a reader sees it: link and image text without destinations. */
export function markdownText(markdown: string): string {
  return markdown.replace(/!?\[((?:\\.|[^\]\\])*)\]\([^)]*\)+/g, "$1");
}

function destinations(markdown: string): string[] {
  const urls = [...markdown.matchAll(/\]\(+([^()\s]+)\)/g), ...markdown.matchAll(/<(https?:[^>\s]+)>/g)].map(
    (match) => match[1] ?? "",
  );
  // Compare without scheme and trailing slash, which a leak might not keep.
  return urls.map((url) => url.replace(/^https?:\/\//, "").replace(/\/+$/, "")).filter((url) => url.length > 3);
}

// A phrase made only of dates and small words ("Jun 2018 to Dec") says nothing
// private and turns up in ordinary code comments; a phrase must contain a real word.
const MONTHS =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;
const SMALL_WORDS = new Set("a an and as at by did for got had i in of on the to was we with".split(" "));
function isTelling(gram: string): boolean {
  return gram.split(" ").some((word) => !/^\d+$/.test(word) && !MONTHS.test(word) && !SMALL_WORDS.has(word));
}

function grams(list: string[], size: number): string[] {
  return list
    .slice(0, Math.max(0, list.length - size + 1))
    .map((_, index) => list.slice(index, index + size).join(" "));
}

export function privateContent(markdown: string): Secrets {
  const comments = [...markdown.matchAll(COMMENT)].map((match) => match[1] ?? "");
  const outside = markdown.replace(COMMENT, " ");
  const publicText = ` ${words(markdownText(outside)).join(" ")} `;
  const publicUrls = new Set(destinations(outside));
  const phrases = new Set<string>();
  const urls = new Set<string>();
  for (const comment of comments) {
    for (const gram of grams(words(markdownText(comment)), 4)) {
      if (isTelling(gram) && !publicText.includes(` ${gram} `)) phrases.add(gram);
    }
    for (const url of destinations(comment)) {
      if (publicUrls.has(url)) continue;
      urls.add(url);
      // A leak may keep only the file's name ("resume.pdf" without its folder).
      const file = url.split("/").at(-1) ?? "";
      if (/.{4,}\.[a-z0-9]{2,5}$/i.test(file) && !file.includes(":")) urls.add(file);
    }
  }
  return { phrases: [...phrases], urls: [...urls] };
}

/** A numeric character reference's character; a number past Unicode (minified code, a cache file) stays as written. */
function fromCodePoint(reference: string, codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
}

/** Undo the escapes text picks up on its way into HTML, JSON and JavaScript. */
export function decode(raw: string): string {
  return raw
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, " ")
    .replace(/\\(.)/g, "$1")
    .replace(/&#x([0-9a-f]+);/gi, (reference, hex: string) => fromCodePoint(reference, parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (reference, decimal: string) => fromCodePoint(reference, Number(decimal)))
    .replace(
      /&(amp|lt|gt|quot|apos|nbsp);/g,
      (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " })[name] ?? " ",
    );
}

/** Every private phrase or URL found in a document, in any of the forms it could take there. */
export function leaks(raw: string, secrets: Secrets): string[] {
  const decoded = decode(raw);
  // As is, without tags (HTML), and without link destinations (the Markdown source itself).
  const texts = [decoded, decoded.replace(/<\/?[a-zA-Z][^<>]*>/g, " "), markdownText(decoded)].map(
    (text) => ` ${words(text).join(" ")} `,
  );
  const found = secrets.phrases.filter((phrase) => texts.some((text) => text.includes(` ${phrase} `)));
  const lower = [raw, decoded].map((text) => text.toLowerCase());
  found.push(...secrets.urls.filter((url) => lower.some((text) => text.includes(url.toLowerCase()))));
  return found.map((secret) => JSON.stringify(secret));
}
