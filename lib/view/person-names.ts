const MIDDLE_INITIAL = /^\p{L}\.?$/u;

/** "Mayee F. Chen" → "Mayee Chen": a middle initial comes and goes between a co-author's papers. */
export function withoutMiddleInitials(name: string): string {
  const words = name.trim().split(/\s+/);
  return words
    .filter((word, index) => index === 0 || index === words.length - 1 || !MIDDLE_INITIAL.test(word))
    .join(" ");
}
