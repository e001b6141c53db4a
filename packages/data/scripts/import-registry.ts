/**
 * Imports the registry of national zones from the TSVs of the registry material into src/data:
 * parks.json (every zone), the cited sources in sources.json, and registry.json (completeness).
 *
 *   pnpm --filter @hitech/data import:registry            # material in ../shared/reference/zones-registry
 *   HITECH_REGISTRY_DIR=/path pnpm --filter @hitech/data import:registry
 *
 * Deterministic and re-runnable: it reads the CURRENT parks.json and sources.json and only rewrites
 * what the registry owns (ids, names, divisions, `registry`, and the one-line summary of zones the
 * column does not report on). A zone with an article keeps its summary, highlights, leading industries
 * and article; stored sources and every source that is not a registry citation are kept as they are.
 * Hand decisions are in registry/overrides.json. The Chinese of the material's English prose (zone notes,
 * source descriptions and what each source supports) is in registry/notes-zh.json and
 * registry/sources-zh.json, each entry beside the English it translates: the import stops, listing every
 * entry, when one is missing or its English no longer matches the material's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import type { Bilingual } from '../src/schema/common.js';
import type { Park, RegistryNote } from '../src/schema/park.js';
import type { ZoneRegistry } from '../src/schema/registry.js';
import type { CitedSource, Source } from '../src/schema/source.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const materialDir =
  process.env.HITECH_REGISTRY_DIR ?? resolve(here('.'), '../../../../shared/reference/zones-registry');
const dataDir = here('../src/data/');

type Row = Record<string, string>;
function readTsv(name: string): Row[] {
  const [header, ...lines] = readFileSync(resolve(materialDir, name), 'utf8').trimEnd().split('\n');
  const columns = (header as string).split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    if (cells.length !== columns.length) throw new Error(`${name}: ${cells.length} cells in "${line}"`);
    return Object.fromEntries(columns.map((c, i) => [c, (cells[i] as string).trim()]));
  });
}
const readJson = <T>(name: string): T => JSON.parse(readFileSync(resolve(dataDir, name), 'utf8')) as T;
const writeJson = (name: string, value: unknown) =>
  writeFileSync(resolve(dataDir, name), `${JSON.stringify(value, null, 2)}\n`);

interface Overrides {
  ids: Record<string, string>;
  words: Record<string, string[]>;
  divisionEn: Record<string, string>;
  province: Record<string, { use: string; why: Bilingual }>;
  sources: Record<string, { pages?: number; quotesOfficial?: boolean; why: string }>;
  confidence: Record<string, { use: 'high' | 'medium' | 'low'; why: Bilingual }>;
  citations: Record<
    string,
    Partial<Record<'approved' | 'documentNumber' | 'nbsCode' | 'nameEn', string[]>> & { why: Bilingual }
  >;
}
const readRegistryJson = <T>(name: string): T =>
  JSON.parse(readFileSync(here(`../registry/${name}`), 'utf8')) as T;
const overrides = readRegistryJson<Overrides>('overrides.json');

// ---------------------------------------------------------------- Chinese of the material's prose
type Translated = { en: string; zh: string };
const zoneNotesZh = readRegistryJson<{ zones: Record<string, Translated> }>('notes-zh.json').zones;
const sourcesZh = readRegistryJson<{ sources: Record<string, Record<'title' | 'supports', Translated>> }>(
  'sources-zh.json',
).sources;
const untranslated: string[] = [];
const used = { zones: new Set<string>(), sources: new Set<string>() };

/** The material's English with its Chinese from the reviewed file; records what is missing or stale. */
function bilingual(entry: Translated | undefined, en: string, where: string): Bilingual {
  if (!entry) untranslated.push(`${where}: no Chinese for "${en}"`);
  else if (entry.en !== en)
    untranslated.push(`${where}: the material now reads "${en}", the translation is of "${entry.en}"`);
  return { zh: entry?.zh ?? '', en };
}

// ---------------------------------------------------------------- sources
const sourceId = (ref: string) => `reg-${ref.toLowerCase()}`;
/** Ids the material says are one page (README: "not independent"). */
const SAME_PAGE: [string, string][] = [
  ['E45', 'N125'],
  ['E60', 'E78'],
  ['N119', 'N70'],
];
const DIVISIONS_SOURCE: CitedSource = {
  id: 'reg-nbs2023-divisions',
  storage: 'cited',
  kind: 'statistical-codes',
  title: {
    zh: '国家统计局2023年统计用区划代码，省级和地级（dist/provinces.csv、dist/cities.csv）',
    en: 'NBS 2023 statistical division codes, province and prefecture level (dist/provinces.csv, dist/cities.csv)',
  },
  publisher: 'National Bureau of Statistics codes, as mirrored in modood/Administrative-divisions-of-China',
  date: '2023-09-11',
  language: null,
  url: null,
  address:
    'github.com/modood/Administrative-divisions-of-China ; paths dist/provinces.csv, dist/cities.csv ; commit dc3a1d7acd85ca1b0979543e9259604142c52e8e',
  supports: {
    zh: '每个园区的省级和地级代码（2023-06-30状态）',
    en: 'province and city codes of every zone (status on 2023-06-30)',
  },
  trust: 'high',
  sameAs: [],
  pages: 1,
  quotesOfficial: false,
  ref: 'provinces.tsv, cities.tsv',
  notes: [
    {
      kind: 'ambiguous',
      zh: '该提交的说明写的是2022年版，但其数据是2023年版；两版的省级和地级表相同。',
      en: 'The commit message names the 2022 release, but its data are the 2023 release; the province and city tables are the same in both.',
    },
  ],
};

function citedSource(row: Row): CitedSource {
  const address = row.url || null;
  const single = address && /^https?:\/\/\S+$/.test(address) && !address.includes('…') ? address : null;
  const dates = row.date ? row.date.split(/;\s*/) : [];
  const sameAs = SAME_PAGE.flatMap(([a, b]) => (row.id === a ? [b] : row.id === b ? [a] : [])).map(sourceId);
  const ref = row.id as string;
  const prose = sourcesZh[ref];
  used.sources.add(ref);
  return {
    id: sourceId(row.id as string),
    storage: 'cited',
    kind: row.kind as CitedSource['kind'],
    title: row.title_or_description
      ? bilingual(prose?.title, row.title_or_description, `sources-zh.json ${ref}.title`)
      : null,
    publisher: row.publisher_or_site || null,
    date:
      dates.length === 0 ? null : dates.length === 1 ? (dates[0] as string) : `${dates[0]}/${dates.at(-1)}`,
    language: null,
    url: single,
    address,
    supports: bilingual(prose?.supports, row.supports as string, `sources-zh.json ${ref}.supports`),
    trust: row.trust as CitedSource['trust'],
    sameAs,
    pages: overrides.sources[row.id as string]?.pages ?? 1,
    quotesOfficial: overrides.sources[row.id as string]?.quotesOfficial ?? false,
    ref: row.id as string,
    notes:
      dates.length > 1
        ? [
            {
              kind: 'ambiguous',
              zh: `来源记录了两个日期（${dates.join('、')}），此处写成区间。`,
              en: `The material records two dates (${dates.join(', ')}); they are written as an interval.`,
            },
          ]
        : [],
  };
}

// ---------------------------------------------------------------- names
const SUFFIXES: [zh: string, short: string, en: string, enShort: string][] = [
  [
    '农业高新技术产业示范区',
    '农高区',
    'Agricultural High-Tech Industrial Demonstration Zone',
    'Agricultural High-Tech Zone',
  ],
  ['高新技术产业开发区', '高新区', 'High-Tech Industrial Development Zone', 'High-Tech Zone'],
  ['高技术产业开发区', '高新区', 'High-Tech Industrial Development Zone', 'High-Tech Zone'],
  ['高新技术产业园区', '高新区', 'High-Tech Industrial Park', 'High-Tech Zone'],
  ['新技术开发区', '高新区', 'New Technology Development Zone', 'High-Tech Zone'],
  ['科技园区', '科技园区', 'Science Park', 'Science Park'],
  ['工业园区', '工业园区', 'Industrial Park', 'Industrial Park'],
];
const generic = (division: string) =>
  division.replace(/(?:维吾尔|壮族|回族|朝鲜族|彝族)?自治[区州]$/, '').replace(/(?:省|市|地区)$/, '');

/** Syllables of a Chinese word, with the apostrophe pinyin writes before a, o, e inside a word. */
function pinyinWord(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: true }) as string[];
  const word = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .toLowerCase();
  if (!/^[a-z']+$/.test(word)) throw new Error(`pinyin of ${zh} is "${word}"; add it to overrides.words`);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function wordsOf(prefix: string, provinceShort: string, cityShort: string): string[] {
  const fixed = overrides.words[prefix];
  if (fixed) return fixed;
  const words: string[] = [];
  let rest = prefix;
  for (const part of [provinceShort, cityShort]) {
    if (part && rest.startsWith(part) && rest.length > part.length) {
      words.push(part);
      rest = rest.slice(part.length);
    }
  }
  return [...words, rest];
}

// ---------------------------------------------------------------- divisions
const provinces = readTsv('provinces.tsv');
const cities = readTsv('cities.tsv');
const divisionEn = (zh: string) => overrides.divisionEn[zh] ?? pinyinWord(generic(zh));
const MUNICIPALITIES = ['北京市', '天津市', '上海市', '重庆市'];

function divisionsOf(row: Row, notes: RegistryNote[]) {
  let provinceZh = row.province as string;
  const replaced = overrides.province[provinceZh];
  if (replaced) {
    notes.push({ kind: 'decision', ...replaced.why });
    provinceZh = replaced.use;
  }
  const province = provinces.find((p) => p.name === provinceZh);
  if (!province) throw new Error(`${row.name_zh}: unknown province ${provinceZh}`);
  const pcode = province.code as string;
  const basis = { code: 'cited', zh: 'cited', en: 'constructed' } as const;
  const provinceDivision = { code: `${pcode}0000`, zh: provinceZh, en: divisionEn(provinceZh), basis };
  const cityZh = row.city as string;
  let cityCode: string;
  if (MUNICIPALITIES.includes(cityZh)) {
    cityCode = `${pcode}0000`;
  } else {
    const city = cities.find((c) => c.name === cityZh && c.province_code === pcode);
    if (city) cityCode = `${city.code}00`;
    else {
      // County-level cities directly under a province (仙桃, 潜江) or region (石河子): the NBS placeholder unit.
      const unit = cities.find(
        (c) => c.province_code === pcode && /直辖县级行政区划$/.test(c.name as string),
      );
      if (!unit) throw new Error(`${row.name_zh}: city ${cityZh} not in cities.tsv`);
      cityCode = `${unit.code}00`;
      notes.push({
        kind: 'decision',
        zh: `${cityZh}是不属于任何地级单位的县级市；代码取国家统计局单位${unit.code}（${unit.name}）的代码。`,
        en: `${cityZh} is a county-level city outside any prefecture; its code is that of the NBS unit ${unit.code} (${unit.name}).`,
      });
    }
  }
  return { province: provinceDivision, city: { code: cityCode, zh: cityZh, en: divisionEn(cityZh), basis } };
}

// ---------------------------------------------------------------- notes and citations
function noteKind(text: string): RegistryNote['kind'] {
  if (/conflict/i.test(text)) return 'conflict';
  if (/^No approval date|No approval date and|no date/i.test(text)) return 'missing';
  if (/Not an upgraded|counted among|managed as a national/i.test(text)) return 'membership';
  if (/renam|Formerly|Earlier listed|Approved as|Upgraded from/i.test(text)) return 'rename';
  if (/^NBS|NBS code/.test(text)) return 'code';
  if (/^Located/.test(text)) return 'location';
  return 'source';
}

function approvalBasis(row: Row): Park['registry']['approvedBasis'] {
  if (!row.approved) return null;
  if (/date derived|derived only|date was only derived/i.test(row.notes as string)) return 'derived';
  if (/is inferred/.test(row.notes as string)) return 'inferred';
  return 'stated';
}

const COUNTY_CODE_SOURCES = ['NBS2023', 'NBS2022', 'NBS2018'];

function citationsOf(row: Row, sourceRows: Map<string, Row>): Park['registry']['citations'] {
  const refs = (row.source_ids as string).split(';').map((s) => s.trim());
  const supports = (ref: string) => (sourceRows.get(ref)?.supports ?? '') as string;
  const year = row.approved?.slice(0, 4);
  const pick = (keep: (ref: string) => boolean) => refs.filter(keep).map(sourceId);
  return {
    membership: pick((r) => !COUNTY_CODE_SOURCES.includes(r)),
    approved: year
      ? pick((r) => sourceRows.get(r)?.kind !== 'statistical-codes' && supports(r).includes(year))
      : [],
    documentNumber: row.doc_no
      ? pick((r) => supports(r).includes(row.doc_no as string) || /document number/.test(supports(r)))
      : [],
    nbsCode: row.nbs_code ? pick((r) => COUNTY_CODE_SOURCES.includes(r)) : [],
    nameEn: row.name_en
      ? pick(
          (r) =>
            /English name/.test(supports(r)) ||
            `${sourceRows.get(r)?.title_or_description} ${supports(r)}`.includes(row.name_en as string),
        )
      : [],
  };
}

// ---------------------------------------------------------------- summaries of zones without an article
const KIND_WORDS = {
  'high-tech-zone': { zh: '国家高新区', en: 'A national high-tech zone', enAfter: '' },
  'agricultural-demonstration-zone': {
    zh: '国家农业高新技术产业示范区（计入国家高新区）',
    en: 'A national agricultural high-tech demonstration zone',
    enAfter: ' (counted among the national high-tech zones)',
  },
  'industrial-park': { zh: '工业园区', en: 'An industrial park', enAfter: '' },
} as const;
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** How sure the date is, in words: only a stated date goes without a qualifier. */
const DATE_BASIS_WORDS = {
  stated: { zh: '', en: '' },
  derived: { zh: '（日期由比对批次名单推算）', en: ' (a date derived by comparing batch lists)' },
  inferred: { zh: '（年份为推断）', en: ' (the year is inferred)' },
} as const;

/**
 * One line from the registry's own facts (kind, place, approval date and how it is known), nothing
 * else: the column's reported zones keep the summaries written from their articles.
 */
function summaryOf(park: Omit<Park, 'summary'>): Park['summary'] {
  const { province, city, registry } = park;
  // A municipality is its own city (one code); 吉林市 in 吉林省 is not.
  const municipality = province.code === city.code;
  const placeZh = municipality ? city.zh : `${province.zh}${city.zh}`;
  const placeEn = municipality ? city.en : `${city.en}, ${province.en}`;
  const [y, m, d] = (registry.approved ?? '').split('-');
  const basis = DATE_BASIS_WORDS[registry.approvedBasis ?? 'stated'];
  const kind = KIND_WORDS[registry.kind];
  const what = { zh: `位于${placeZh}的${kind.zh}`, en: `${kind.en} in ${placeEn}${kind.enAfter}` };
  if (!y && registry.kind === 'industrial-park')
    return {
      zh: `${what.zh}；它不是升级的高新区，但与国家高新区一同排名和统计，因此列入，不列高新区批复日期。`,
      en: `${what.en}, not an upgraded high-tech zone but ranked and counted with them; it is listed without a zone approval date.`,
    };
  if (!y)
    return {
      zh: `${what.zh}；未查到其国务院批复日期。`,
      en: `${what.en}; no date of its State Council approval was found.`,
    };
  const whenZh = `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}获国务院批复${basis.zh}`;
  const whenEn = `approved by the State Council ${d ? `on ${Number(d)} ` : 'in '}${m ? `${MONTHS[Number(m) - 1]} ` : ''}${y}${basis.en}`;
  return { zh: `${what.zh}，${whenZh}。`, en: `${what.en}, ${whenEn}.` };
}

// ---------------------------------------------------------------- import
const zoneRows = readTsv('zones.tsv');
const sourceRows = new Map(readTsv('sources.tsv').map((r) => [r.id as string, r]));
const currentParks = readJson<Park[]>('parks.json');
const currentSources = readJson<Source[]>('sources.json');

const parks: Park[] = zoneRows.map((row) => {
  const nameZh = row.name_zh as string;
  const suffix = SUFFIXES.find(([zh]) => nameZh.endsWith(zh));
  if (!suffix) throw new Error(`${nameZh}: no known suffix`);
  const notes: RegistryNote[] = [];
  const { province, city } = divisionsOf(row, notes);
  const prefix = nameZh.slice(0, -suffix[0].length).replace(/市$/, '');
  const words = wordsOf(prefix, generic(row.province as string), generic(city.zh));
  const pinyinWords = words.map(pinyinWord);
  // The id drops a leading province (上海张江 → zhangjiang) unless that is all the name has.
  const idWords =
    words.length > 1 && words[0] === generic(row.province as string) ? pinyinWords.slice(1) : pinyinWords;
  const id = overrides.ids[nameZh] ?? idWords.map((w) => w.toLowerCase().replace(/'/g, '')).join('-');
  const current = currentParks.find((p) => p.id === id || p.name.zh === nameZh);
  const parkId = current?.id ?? id;
  const kind = suffix[0].startsWith('农业')
    ? 'agricultural-demonstration-zone'
    : suffix[0] === '工业园区'
      ? 'industrial-park'
      : 'high-tech-zone';
  const englishPrefix = pinyinWords.join(' ');
  const citations = citationsOf(row, sourceRows);
  const added = overrides.citations[nameZh];
  if (added) {
    for (const field of ['approved', 'documentNumber', 'nbsCode', 'nameEn'] as const)
      for (const ref of added[field] ?? []) citations[field].push(sourceId(ref));
    notes.push({ kind: 'decision', ...added.why });
  }
  if (row.notes) {
    used.zones.add(parkId);
    const note = bilingual(zoneNotesZh[parkId], row.notes, `notes-zh.json ${parkId}`);
    notes.unshift({ kind: noteKind(row.notes), ...note });
  }
  const regraded = overrides.confidence[nameZh];
  if (regraded) notes.push({ kind: 'decision', ...regraded.why });
  if (MUNICIPALITIES.includes(row.city as string))
    notes.push({
      kind: 'decision',
      zh: `直辖市的城市一栏即直辖市本身，代码为${province.code}（国家统计局把其下各区列在“市辖区”之下）。`,
      en: `For a municipality the city is the municipality itself, coded ${province.code} (NBS lists its districts under 市辖区).`,
    });

  const reported = current?.articleId != null;
  const constructedEn = `${englishPrefix} ${suffix[2]}`;
  const name: Park['name'] = {
    zh: nameZh,
    zhShort: reported && current ? current.name.zhShort : `${prefix}${suffix[1]}`,
    en: reported && current ? current.name.en : row.name_en || constructedEn,
    enShort: reported && current ? current.name.enShort : `${englishPrefix} ${suffix[3]}`,
    enCited: row.name_en || null,
    pinyin: pinyinWords.join(' '),
    basis: {
      zh: 'cited',
      zhShort: reported ? 'page' : 'constructed',
      en: !reported && row.name_en ? 'cited' : 'constructed',
      enShort: 'constructed',
    },
  };
  if (reported && row.name_en && current?.name.en !== row.name_en)
    notes.push({
      kind: 'decision',
      zh: '专栏报道的园区保留原有的、按既定规则构成的英文名；来源印出的英文名放在 name.enCited。',
      en: "The column's zone keeps the English name it had, built by the stated rule; the one a source prints is in name.enCited.",
    });
  const registry: Park['registry'] = {
    kind,
    approved: row.approved || null,
    approvedPrecision: row.approved
      ? (['year', '', '', 'month', '', '', 'day'][(row.approved.length - 4) as number] as 'year')
      : null,
    approvedBasis: approvalBasis(row),
    documentNumber: row.doc_no || null,
    nbsCode: row.nbs_code || null,
    confidence: overrides.confidence[nameZh]?.use ?? (row.confidence as Park['registry']['confidence']),
    citations,
    notes,
  };
  const base = {
    id: parkId,
    name,
    province: reported && current ? { ...current.province, basis: province.basis } : province,
    city: reported && current ? { ...current.city, basis: city.basis } : city,
    registry,
    leadingIndustries: current?.leadingIndustries ?? [],
    highlights: current?.highlights ?? [],
    articleId: current?.articleId ?? null,
  };
  const summary = reported && current ? current.summary : summaryOf(base);
  const { leadingIndustries, highlights, articleId, ...identity } = base;
  return { ...identity, leadingIndustries, summary, highlights, articleId };
});

// Constructed English names that coincide (福州 and 抚州 are both Fuzhou) each get their province.
for (const key of ['en', 'enShort'] as const) {
  const clashing = parks.filter(
    (p) => p.name.basis[key] === 'constructed' && parks.some((q) => q !== p && q.name[key] === p.name[key]),
  );
  for (const p of clashing)
    p.name[key] = p.name[key].replace(p.name.pinyin, `${p.name.pinyin} (${p.province.en})`);
}
for (const p of parks) {
  const reported = currentParks.find((c) => c.id === p.id && c.articleId);
  if (reported && (reported.province.code !== p.province.code || reported.city.code !== p.city.code))
    throw new Error(`${p.id}: the registry's divisions differ from the reported zone's; check by hand`);
}
const seen = new Map<string, string>();
for (const p of parks) {
  const other = seen.get(p.id);
  if (other) throw new Error(`id ${p.id} of ${p.name.zh} collides with ${other}: add overrides.ids`);
  seen.set(p.id, p.name.zh);
}
const lost = currentParks.filter((c) => !parks.some((p) => p.id === c.id));
if (lost.length) throw new Error(`parks not in the registry: ${lost.map((p) => p.id).join(', ')}`);

// Sources: every one the rows cite (in source_ids or in notes), in the material's order.
const cited = new Set<string>();
for (const row of zoneRows)
  for (const ref of `${row.source_ids} ${row.notes}`.match(/\b(?:E\d+|N\d+|GH|NBS\d{4}|NBS-T)\b/g) ?? [])
    cited.add(ref);
const missingRefs = [...cited].filter((ref) => !sourceRows.has(ref));
if (missingRefs.length) throw new Error(`sources.tsv lacks ${missingRefs.join(', ')}`);
const registrySources = [...sourceRows.values()].filter((r) => cited.has(r.id as string)).map(citedSource);

// Every translation is used, present and of the material's current English; otherwise nothing is written.
for (const id of Object.keys(zoneNotesZh))
  if (!used.zones.has(id)) untranslated.push(`notes-zh.json ${id}: no zone with this id has a note`);
for (const ref of Object.keys(sourcesZh))
  if (!used.sources.has(ref)) untranslated.push(`sources-zh.json ${ref}: no cited source has this id`);
if (untranslated.length)
  throw new Error(`registry prose needs its Chinese (${untranslated.length}):\n${untranslated.join('\n')}`);
const sources: Source[] = [
  ...currentSources.filter((s) => !s.id.startsWith('reg-')),
  ...registrySources,
  DIVISIONS_SOURCE,
];

const registry: ZoneRegistry = {
  compiled: '2026-11',
  zones: parks.length,
  officialTotal: { value: 178, asOf: '2023-11', sourceId: sourceId('E71') },
  addedSince: parks.filter((p) => (p.registry.approved ?? '') > '2023-11').map((p) => p.id),
  missing: [
    {
      zh: '2022年下半年新增四个国家高新区（2022年6月后总数173个，2022年统计为177个），只查明许昌、宁乡和拉萨三个，第四个未能确定；国函〔2022〕142号可能是它的批复，但未找到。',
      en: 'Four zones were added in late 2022 (173 after 2022-06, 177 in the 2022 statistics); only 许昌, 宁乡 and 拉萨 were identified. The fourth is unknown; 国函〔2022〕142号 may be its approval but was not found.',
      sourceIds: [sourceId('E43'), sourceId('E32')],
    },
  ],
  divisionCodes: { sourceId: DIVISIONS_SOURCE.id, asOf: '2023-06-30' },
  rules: {
    id: {
      zh: '编号由名称特有部分的拼音（pinyin-pro，无声调）构成，省名前缀去掉（上海张江 → `zhangjiang`），城市名与其后部分用连字符分开（长春净月 → changchun-jingyue）；冲突或难读的编号在 registry/overrides.json 中人工指定。编号一经发布不再改变。',
      en: 'Ids are the toneless pinyin (pinyin-pro) of the distinctive part of the name, without a leading province (上海张江 → zhangjiang), with a hyphen after the city (长春净月 → changchun-jingyue); ids that would collide or read badly are set by hand in registry/overrides.json. An id never changes once released.',
    },
    shortName: {
      zh: '简称：全称去掉“高新技术产业开发区”等后缀和“市”，加“高新区”（农业示范区加“农高区”）。',
      en: 'Short name: the official name without its suffix (高新技术产业开发区 and the like) and without 市, plus 高新区 (农高区 for the agricultural demonstration zones).',
    },
    englishName: {
      zh: '英文名：有来源印出的英文名就用它（`basis` 为 `cited`）；否则按拼音加“High-Tech Industrial Development Zone”等固定译法构成（`basis` 为 `constructed`），这不是官方译名；两个构成的名称相同时，各加省名（Fuzhou (Fujian)）。',
      en: 'English name: the one a cited source prints (basis cited); otherwise the pinyin of the distinctive part followed by a fixed rendering of the suffix, such as High-Tech Industrial Development Zone (basis constructed), with the province in brackets where two would coincide (Fuzhou (Fujian)). A constructed name is not an official one.',
    },
    divisionNames: {
      zh: '省市代码和中文名取自国家统计局2023年区划代码；英文名是去掉“省、市、自治区、地区、自治州”后的拼音（陕西写作 Shaanxi，内蒙古写作 Inner Mongolia）。区划代码表不含英文名；除上述两例外，与拼音不同的惯用拼法一概不用，因为登记表的资料没有给出（例如哈尔滨写作 Ha’erbin）。',
      en: 'Province and city codes and Chinese names come from the NBS 2023 division codes; English names are the pinyin without 省, 市, 自治区, 地区 or 自治州 (陕西 is Shaanxi, 内蒙古 Inner Mongolia). The code tables carry no English names; apart from these two, no conventional spelling that differs from pinyin is used, since the registry material gives none (哈尔滨 is Ha’erbin).',
    },
  },
  notes: [
    {
      zh: '登记表的事实来自他人整理的公开资料，没有一条与本项目保存的原文核对过；每个事实都注明引用来源和可信度。',
      en: "The registry's facts come from public material compiled by others; none was checked against a text this project stores. Every fact names its sources and a confidence.",
    },
    {
      zh: '苏州工业园区不是升级的高新区，但在国家高新区的排名和总数中与之并列，因此列入；只需要升级的国家高新区时请按 registry.kind 排除它。',
      en: 'Suzhou Industrial Park is not an upgraded high-tech zone, but rankings and totals of the national zones include it, so it is listed; filter on registry.kind to leave it out.',
    },
  ],
};

writeJson('parks.json', parks);
writeJson('sources.json', sources);
writeJson('registry.json', registry);
console.log(
  `registry: ${parks.length} zones (${parks.filter((p) => p.articleId).length} with an article), ${registrySources.length + 1} cited sources written to src/data/`,
);
