/** Text in both of the reader's languages. */
export interface Bi {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export function pick(text: Bi, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}
