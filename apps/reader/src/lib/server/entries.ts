/** Prerender entries for a page with the optional language segment: each id in Chinese and English. */
export function inBothLangs(ids: readonly string[]): { lang?: 'en'; id: string }[] {
  return ids.flatMap((id) => [{ id }, { lang: 'en' as const, id }]);
}
