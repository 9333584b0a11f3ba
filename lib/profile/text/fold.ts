/** Lower-case without accents, so "re" finds "Ré" and "universite" finds "Université". */
export function foldAccents(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}
