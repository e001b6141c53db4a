import { getContext, setContext } from 'svelte';
import { type Bi, type Lang, pick } from './i18n';
import { localise } from './site';

/** What every component of a page needs to know about it: its language. */
export const LANG_CONTEXT = Symbol('reader.lang');

export function provideLang(lang: Lang) {
  setContext(LANG_CONTEXT, lang);
}

export function useLang(): Lang {
  return getContext<Lang | undefined>(LANG_CONTEXT) ?? 'zh';
}

/** The page's language with helpers to pick text and to link within that language. */
export function useI18n() {
  const lang = useLang();
  return {
    lang,
    t: (text: Bi) => pick(text, lang),
    href: (path: string) => localise(path, lang),
  };
}
