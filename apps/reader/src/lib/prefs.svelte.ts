import type { Lang } from './i18n';

export type Theme = 'system' | 'light' | 'dark';

export const FONT_STEPS = [90, 100, 115, 130, 150] as const;

const KEYS = { lang: 'reader.lang', theme: 'reader.theme', font: 'reader.font' } as const;

/**
 * The reader's display choices. The inline script in app.html applies the saved values before the
 * first paint; `readPrefs` copies them into this state once the app has hydrated.
 */
export const prefs = $state<{ lang: Lang; theme: Theme; font: number }>({
  lang: 'zh',
  theme: 'system',
  font: 100,
});

function save(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}

export function readPrefs() {
  const root = document.documentElement;
  prefs.lang = root.dataset.lang === 'en' ? 'en' : 'zh';
  const theme = root.dataset.theme;
  prefs.theme = theme === 'light' || theme === 'dark' ? theme : 'system';
  const font = Number.parseInt(root.style.fontSize, 10);
  prefs.font = Number.isFinite(font) ? font : 100;
}

export function setLang(lang: Lang) {
  prefs.lang = lang;
  const root = document.documentElement;
  root.dataset.lang = lang;
  root.lang = lang === 'en' ? 'en' : 'zh-CN';
  save(KEYS.lang, lang);
}

export function setTheme(theme: Theme) {
  prefs.theme = theme;
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  save(KEYS.theme, theme === 'system' ? null : theme);
}

/** The next font step up (+1) or down (-1), staying within the steps. */
export function stepFont(current: number, direction: 1 | -1): number {
  const index = FONT_STEPS.findIndex((step) => step >= current);
  const here = index === -1 ? FONT_STEPS.length - 1 : index;
  const next = Math.min(FONT_STEPS.length - 1, Math.max(0, here + direction));
  return FONT_STEPS[next] ?? 100;
}

export function setFont(font: number) {
  prefs.font = font;
  document.documentElement.style.fontSize = font === 100 ? '' : `${font}%`;
  save(KEYS.font, font === 100 ? null : String(font));
}
