/** The two languages the package writes: simplified Chinese and English. */
export type Locale = 'zh-CN' | 'en';

/** A BCP 47 tag of one of those languages: `zh`, `zh-CN`, `zh-Hans-CN`, `en`, `en-GB`. */
export type LocaleTag = 'zh' | 'en' | `zh-${string}` | `en-${string}`;

/** `zh`, `zh-CN`, `zh-Hans-CN` → zh-CN; anything else (an Accept-Language value, say) → en. */
export function normaliseLocale(locale: string): Locale {
  return /^zh\b/i.test(locale) ? 'zh-CN' : 'en';
}

/** The text of a bilingual `{ zh, en }` in one language. */
export function textIn(text: { readonly zh: string; readonly en: string }, locale: LocaleTag): string {
  return normaliseLocale(locale) === 'zh-CN' ? text.zh : text.en;
}
