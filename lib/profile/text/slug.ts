import { foldAccents } from "./fold";

/**
 * Lower-case, with every run of characters other than ASCII letters and digits
 * turned into one "-": "Efficient Training Systems at Scale" → "efficient-training-systems-at-scale".
 * Accents are folded first so "Université" gives "universite", not "universit".
 */
export function slugify(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
