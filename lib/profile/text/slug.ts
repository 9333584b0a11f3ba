/**
 * Lower-case, with every run of characters other than ASCII letters and digits
 * turned into one "-": "Efficient Training Systems at Scale" → "efficient-training-systems-at-scale".
 * Accents are folded first so "Université" gives "universite", not "universit".
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
