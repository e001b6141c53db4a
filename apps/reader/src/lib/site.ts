import type { Lang } from './i18n';

/** The reader's languages: Chinese at the root, English under /en/. */
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];

/** BCP 47 tags for `<html lang>` and `hreflang`, and Open Graph locales. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/** The language a path belongs to: `/en/...` is English, everything else Chinese. */
export function langOfPath(pathname: string): Lang {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** A path without its language prefix: `/en/zones/suqian/` → `/zones/suqian/`. */
export function basePath(pathname: string): string {
  return langOfPath(pathname) === 'en' ? pathname.slice(3) || '/' : pathname;
}

/** A language-neutral path (`/zones/suqian/`) as the page in `lang` (`/en/zones/suqian/`). */
export function localise(path: string, lang: Lang): string {
  return lang === 'en' ? `/en${path}` : path;
}

/** Where a page's share image is: one per language for zones and figures. */
export function shareImagePath(kind: 'zones' | 'figures', id: string, lang: Lang): string {
  return `/og/${lang}/${kind}/${id}.png`;
}

/** The directory's share image, one per language. */
export const directoryShareImagePath = (lang: Lang): string => `/og/${lang}/directory.png`;

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
