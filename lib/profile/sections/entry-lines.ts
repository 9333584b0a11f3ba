import type { PhrasingContent } from "mdast";
import { toPlainText } from "../markdown/render";
import { looksLikeAuthorList } from "../text/authors";
import { isButtonLink } from "../text/links";
import { looksLikeVenue, parseVenueTag } from "../text/venues";

/** One line of an entry: its inline nodes between two line breaks. */
export type Line = PhrasingContent[];

export function withoutButtons(line: Line): Line {
  return line.filter((node) => !(node.type === "link" && isButtonLink(node)));
}

/** "[\[Paper\]](…) [\[Code\]](…)", "[PDF](…) | [Code](…)": a line of buttons and separators only. */
export function isLinksLine(line: Line): boolean {
  const hasButton = line.some((node) => node.type === "link" && isButtonLink(node));
  return hasButton && /^[\s|·•/,;()[\]-]*$/.test(toPlainText(withoutButtons(line)));
}

export function boldNames(line: Line): string[] {
  return line.filter((node) => node.type === "strong").map((node) => toPlainText(node));
}

/**
 * The authors line inside an entry whose first line is its title: the owner's
 * bold or written name, or names separated by commas.
 */
export function isAuthorLine(line: Line, ownerName: string): boolean {
  const text = withoutRemarks(toPlainText(withoutButtons(line)));
  if (boldNames(line).length > 0 && !looksLikeVenue(text)) return true;
  if (ownerName && text.toLowerCase().includes(ownerName.toLowerCase())) return true;
  if (looksLikeVenue(text)) return false;
  return /,|\sand\s/.test(text);
}

/** "Ana Lima*, Bo Chen (BMVC 2024)": a line's text without its parenthetical remarks. */
export function withoutRemarks(text: string): string {
  return text.replace(/\([^()]*\)/g, " ").trim();
}

/** A link that carries a phrase rather than a button's word: a paper's title. */
export function hasTitleLink(line: Line): boolean {
  return line.some(
    (node) =>
      (node.type === "link" && !isButtonLink(node) && toPlainText(node).split(/\s+/).length >= 3) ||
      ((node.type === "strong" || node.type === "emphasis") && hasTitleLink(node.children)),
  );
}

/** "2023 - **Title**", "**A Title in Bold** …": the line opens an entry. */
function startsWithTitle(line: Line): boolean {
  const first = line.find((node) => node.type !== "text" || node.value.trim());
  if (first?.type === "text") return /^\s*(?:19|20)\d{2}\s*[-–—:|]/.test(first.value);
  return first?.type === "strong" && toPlainText(first).split(/\s+/).length >= 4 && !toPlainText(first).includes(",");
}

/** The text of a line without its buttons and the separators between them ("In ICML, 2025. | [Code](…)"). */
export function detailText(line: Line): string {
  return toPlainText(withoutButtons(line)).replace(/^[\s|·•/]+|[\s|·•/]+$/g, "");
}

/** A line that may follow a title as its own paragraph: authors, a venue or buttons, never prose or another title. */
export function isEntryDetail(line: Line, ownerName: string): boolean {
  if (isLinksLine(line)) return true;
  const text = detailText(line);
  if (text.length > 300 || hasTitleLink(line) || startsWithTitle(line)) return false;
  return looksLikeAuthorList(text, ownerName) || isVenueText(text);
}

/** A short line that names a venue: "In Proceedings of ICML, 2024.", "*NeurIPS 2023*", "Preprint.". */
export function isVenueText(text: string): boolean {
  if (text.split(/\s+/).length > 25) return false;
  return /^preprint\b/i.test(text) || (looksLikeVenue(text) && parseVenueTag(text) !== null);
}
