/** The reader's display choices, kept in localStorage and applied before paint by app.html. */
export type Theme = 'system' | 'light' | 'dark';

export const FONT_STEPS = [90, 100, 115, 130, 150] as const;

export const PREF_KEYS = { lang: 'reader.lang', theme: 'reader.theme', font: 'reader.font' } as const;

/** The next font step up (+1) or down (-1), staying within the steps. */
export function stepFont(current: number, direction: 1 | -1): number {
  const index = FONT_STEPS.findIndex((step) => step >= current);
  const here = index === -1 ? FONT_STEPS.length - 1 : index;
  const next = Math.min(FONT_STEPS.length - 1, Math.max(0, here + direction));
  return FONT_STEPS[next] ?? 100;
}
