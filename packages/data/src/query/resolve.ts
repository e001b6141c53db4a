import type { Park } from '../schema/park.js';

type ResolvablePark = Pick<Park, 'id' | 'name' | 'city' | 'province'>;

export type ParkMatch =
  | { status: 'found'; id: string; matchedBy: MatchKind }
  | { status: 'ambiguous'; candidates: { id: string; reason: string }[] }
  | { status: 'none' };

/** How `findPark` found a zone: by a whole name, by its distinctive part, or inside a longer text. */
export const PARK_MATCH_KINDS = ['name', 'core', 'contained'] as const;
export type MatchKind = (typeof PARK_MATCH_KINDS)[number];

/** Suffixes (long forms first) that all mean "national high-tech zone" in a name. */
const ZH_SUFFIX =
  /(?:农业高新技术产业示范区|科技园区|高新技术产业开发区|高技术产业开发区|高新技术产业园区|高新技术开发区|新技术开发区|新技术产业开发区|农高区|高新区|示范区|开发区)$/;
const EN_GENERIC =
  /\b(?:national|hi|high|tech|hitech|hightech|new|technology|industrial|industry|development|demonstration|agricultural|zone|area|park|science|district)\b/g;

/** NFKC (full-width to half-width), lower case, no spaces or punctuation, no 国家 / 国家级. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/国家级|国家/g, '')
    .replace(/[\s\-_'’·.,()（）《》“”"]+/g, '');
}

/** The distinctive part of a name: without its generic suffix, in Chinese, or without generic words in English. */
function core(text: string): string {
  const spaced = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/hi-tech|high-tech/g, 'hightech');
  if (/[\u4e00-\u9fff]/.test(spaced)) return fold(spaced).replace(/市/g, '').replace(ZH_SUFFIX, '');
  return fold(spaced.replace(EN_GENERIC, ' '));
}

interface ResolverIndex {
  names: Map<string, Set<string>>;
  cores: Map<string, Set<string>>;
  zhCores: [core: string, id: string][];
}

const add = (map: Map<string, Set<string>>, key: string, id: string) => {
  if (!key) return;
  const ids = map.get(key) ?? new Set<string>();
  ids.add(id);
  map.set(key, ids);
};

function buildIndex(parks: readonly ResolvablePark[]): ResolverIndex {
  const names = new Map<string, Set<string>>();
  const cores = new Map<string, Set<string>>();
  const zhCores: [string, string][] = [];
  for (const p of parks) {
    const { zh, zhShort, en, enShort, enCited, pinyin } = p.name;
    for (const name of [zh, zhShort, en, enShort, enCited ?? '']) add(names, fold(name), p.id);
    for (const name of [zh, zhShort, en, enShort, enCited ?? '', pinyin, p.id.replace(/-/g, ' ')])
      add(cores, core(name), p.id);
    // Short names also without a leading province or city (上海张江 → 张江) and with 高新区 (张江高新区).
    const zhCore = core(zhShort);
    const local = zhCore.replace(new RegExp(`^${core(p.city.zh)}`), '');
    const province = core(p.province.zh).replace(/(?:省|维吾尔自治区|壮族自治区|回族自治区|自治区)$/, '');
    const inner = zhCore.replace(new RegExp(`^(?:.*兵团|${province})`), '');
    for (const c of new Set([zhCore, local, inner]))
      if (c.length >= 2) {
        add(cores, c, p.id);
        zhCores.push([c, p.id]);
      }
  }
  return { names, cores, zhCores };
}

const indexes = new WeakMap<readonly ResolvablePark[], ResolverIndex>();

function describe(ids: Iterable<string>, reason: string) {
  return [...ids].sort().map((id) => ({ id, reason }));
}

/**
 * Resolves the name of a zone as written anywhere (平顶山高新区, 平顶山国家高新区, 张江, Zhongguancun,
 * ＺＨＯＮＧＧＵＡＮＣＵＮ) to its park id among `parks`: the official, short, English or pinyin name,
 * case- and width-blind. Returns the id, or the candidates with the reason they tie, or none.
 * Data-free: pass `parks` from `@hitech/data` or any list of park records.
 */
export function findPark(text: string, parks: readonly ResolvablePark[]): ParkMatch {
  let index = indexes.get(parks);
  if (!index) {
    index = buildIndex(parks);
    indexes.set(parks, index);
  }
  const answer = (ids: Set<string> | undefined, matchedBy: MatchKind, reason: string): ParkMatch | null => {
    if (!ids || ids.size === 0) return null;
    if (ids.size === 1) return { status: 'found', id: [...ids][0] as string, matchedBy };
    return { status: 'ambiguous', candidates: describe(ids, reason) };
  };
  const folded = fold(text);
  if (!folded) return { status: 'none' };
  const byName = answer(index.names.get(folded), 'name', `"${text}" is the name of each of these zones`);
  if (byName) return byName;
  const byCore = answer(
    index.cores.get(core(text)),
    'core',
    `"${text}" names the place of each of these zones`,
  );
  if (byCore) return byCore;
  // A zone named inside a longer text: the longest distinctive part it contains.
  const hay = fold(text).replace(/市/g, '');
  const found = index.zhCores.filter(([c]) => hay.includes(c));
  const longest = Math.max(0, ...found.map(([c]) => c.length));
  const ids = new Set(found.filter(([c]) => c.length === longest).map(([, id]) => id));
  return answer(ids, 'contained', `"${text}" contains the name of each of these zones`) ?? { status: 'none' };
}
