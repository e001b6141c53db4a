/**
 * The form user text is compared in, by search and by substring filters: NFKC folds full-width
 * letters and digits, lower case makes English case-blind, and runs of white space become one space.
 */
export function normaliseQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
