import type { Bilingual } from '../schema/common.js';
import type { Dataset } from '../schema/dataset.js';
import type { PathSegment } from './result.js';

const HAN = /\p{Script=Han}/u;
/**
 * English left in a Chinese text: a lower-case word (of three letters or more, or a short function word),
 * outside `code` spans and tokens such as dist/areas.csv, hebei.com.cn or changchun-jingyue. Names are
 * capitalised (High-Tech Zone, Ha’erbin), so they pass.
 */
const CODE_LIKE = /`[^`]*`|\S*[./_-]\S*/g;
const ENGLISH_WORD_IN_ZH = /(?<![A-Za-z’'])(?:[a-z]{3,}|of|in|on|at|as|by|to|or|is)(?![A-Za-z’'])/;
/** Sentence punctuation of Chinese: an English text that has it is Chinese prose (inside a title 《…》 it is the title's own). */
const CHINESE_PUNCTUATION = /[，。；：、（）！？]/;
/** The material's English may be names and years only (长春 1991; 吉林 1992), but never Han alone. */
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const MATERIAL_REF = /\b(?:E\d+|N\d+|GH|NBS\d{4}|NBS-T)\b/g;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

const setOf = (text: string, pattern: RegExp) => [...new Set(text.match(pattern) ?? [])].sort().join(', ');

/**
 * What is wrong with one piece of prose written in both languages: a Chinese text that is not Chinese
 * (or still holds English sentences), an English text without English, or two texts that disagree on the
 * sources (E1, N125, GH …) or the years they name.
 */
export function bilingualProblems(text: Bilingual): string[] {
  const problems: string[] = [];
  if (!HAN.test(text.zh)) problems.push('the Chinese text has no Chinese');
  else {
    const english = ENGLISH_WORD_IN_ZH.exec(text.zh.replace(CODE_LIKE, ' '));
    if (english) problems.push(`the Chinese text holds English words ("${english[0]}")`);
  }
  const enOutsideTitles = text.en.replace(/《[^》]*》/g, '');
  if (CHINESE_PUNCTUATION.test(enOutsideTitles) || !LATIN_OR_DIGIT.test(text.en))
    problems.push('the English text is written in Chinese');
  if (text.zh === text.en) problems.push('the Chinese and English texts are the same');
  const refs = [setOf(text.zh, MATERIAL_REF), setOf(text.en, MATERIAL_REF)];
  if (refs[0] !== refs[1]) problems.push(`the Chinese names sources [${refs[0]}], the English [${refs[1]}]`);
  const years = [setOf(text.zh, YEAR), setOf(text.en, YEAR)];
  if (years[0] !== years[1])
    problems.push(`the Chinese names years [${years[0]}], the English [${years[1]}]`);
  return problems;
}

type Report = (path: PathSegment[], message: string) => void;

/**
 * Registry prose in both languages: every zone's notes and summary, the registry's rules, notes and
 * missing zones, and every cited source's description, what it supports and its notes.
 */
export function registryProseProblems(data: Dataset, report: Report): void {
  const check = (text: Bilingual | null, path: PathSegment[]) => {
    if (text) for (const message of bilingualProblems(text)) report(path, message);
  };
  data.parks.forEach((park, i) => {
    check(park.summary, ['parks', i, 'summary']);
    park.registry.notes.forEach((note, j) => check(note, ['parks', i, 'registry', 'notes', j]));
  });
  for (const [key, rule] of Object.entries(data.registry.rules)) check(rule, ['registry', 'rules', key]);
  data.registry.notes.forEach((note, j) => check(note, ['registry', 'notes', j]));
  data.registry.missing.forEach((missing, j) => check(missing, ['registry', 'missing', j]));
  data.sources.forEach((source, i) => {
    if (source.storage !== 'cited') return;
    check(source.title, ['sources', i, 'title']);
    check(source.supports, ['sources', i, 'supports']);
    source.notes.forEach((note, j) => check(note, ['sources', i, 'notes', j]));
  });
}
