import { deepFreeze } from '../freeze.js';
import type { Qualifier, Unit, UnitMult } from '../schema/unit.js';
import { type LocaleTag, normaliseLocale } from './locale.js';

type Scaled = { readonly value: number; readonly unitMult: UnitMult };

/** What `formatValue` reads of an observation. */
export interface Figure extends Scaled {
  readonly unit: Unit;
  readonly qualifier: Qualifier;
}

/** Removes binary floating-point noise such as 313.2 × 10^8 = 31320000000.000004. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** The figure in plain units: 62亿元 → 6 200 000 000. */
export function absoluteValue(obs: Scaled): number {
  return clean(obs.value * 10 ** obs.unitMult);
}

interface UnitWords {
  readonly zh: string;
  readonly en: readonly [singular: string, plural: string];
}

/** How each unit is written after a number, in Chinese and in English (singular, plural). */
export const UNIT_WORDS: { readonly [U in Unit]: UnitWords } = /* @__PURE__ */ deepFreeze<
  Record<Unit, UnitWords>
>({
  CNY: { zh: '元', en: ['yuan', 'yuan'] },
  percent: { zh: '%', en: ['%', '%'] },
  project: { zh: '个', en: ['project', 'projects'] },
  enterprise: { zh: '家', en: ['enterprise', 'enterprises'] },
  'enterprise-time': { zh: '家次', en: ['enterprise-time', 'enterprise-times'] },
  institution: { zh: '家', en: ['institution', 'institutions'] },
  facility: { zh: '个', en: ['facility', 'facilities'] },
  item: { zh: '项', en: ['item', 'items'] },
  person: { zh: '人', en: ['person', 'people'] },
  'person-time': { zh: '人次', en: ['person-time', 'person-times'] },
  paper: { zh: '篇', en: ['paper', 'papers'] },
  department: { zh: '个', en: ['department', 'departments'] },
  party: { zh: '方', en: ['party', 'parties'] },
  batch: { zh: '批次', en: ['round', 'rounds'] },
  day: { zh: '天', en: ['day', 'days'] },
  year: { zh: '年', en: ['year', 'years'] },
  set: { zh: '套', en: ['set', 'sets'] },
  mu: { zh: '亩', en: ['mu', 'mu'] },
});

const ZH_MULT: Record<UnitMult, string> = { 0: '', 4: '万', 8: '亿' };

const QUALIFIER_WORDS: Record<Qualifier, { zh: [string, string]; en: [string, string] }> = {
  exact: { zh: ['', ''], en: ['', ''] },
  'more-than': { zh: ['超', ''], en: ['more than ', ''] },
  nearly: { zh: ['近', ''], en: ['nearly ', ''] },
  'order-of': { zh: ['', '级'], en: ['on the order of ', ''] },
};

/** Label of a unit in a language, in the plural unless `count` is 1. */
export function unitLabel(unit: Unit, locale: LocaleTag, count = 2): string {
  const words = UNIT_WORDS[unit];
  if (normaliseLocale(locale) === 'zh-CN') return words.zh;
  return count === 1 ? words.en[0] : words.en[1];
}

function englishScaled(n: number): string {
  const scales: [number, string][] = [
    [1e9, ' billion'],
    [1e6, ' million'],
  ];
  for (const [size, word] of scales) {
    if (n >= size) return `${clean(n / size).toLocaleString('en-US', { maximumFractionDigits: 4 })}${word}`;
  }
  return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/**
 * The figure as a reader of `locale` expects it: `62亿元` in zh-CN, `CNY 6.2 billion` in English.
 * The qualifier is kept (`超300亿元`, `more than CNY 30 billion`).
 */
export function formatValue(obs: Figure, locale: LocaleTag): string {
  const q = QUALIFIER_WORDS[obs.qualifier];
  if (normaliseLocale(locale) === 'zh-CN') {
    return `${q.zh[0]}${obs.value}${ZH_MULT[obs.unitMult]}${UNIT_WORDS[obs.unit].zh}${q.zh[1]}`;
  }
  const absolute = absoluteValue(obs);
  let body: string;
  if (obs.unit === 'CNY') body = `CNY ${englishScaled(absolute)}`;
  else if (obs.unit === 'percent') body = `${absolute}%`;
  else body = `${englishScaled(absolute)} ${unitLabel(obs.unit, 'en', absolute)}`;
  return `${q.en[0]}${body}${q.en[1]}`;
}
