/** Case- and width-blind form of user text for substring filters (NFKC, lower case, single spaces). */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
