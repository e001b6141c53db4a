/**
 * A bilingual label for every value of every enum in the schemas. Each map is typed as
 * `Record<Enum, Label>` with the enum taken from the zod schema's type, so a value added to a schema
 * fails to compile until it is labelled here (and test/vocabulary.test.ts compares the keys with the
 * schema's options at run time). Type-only imports: this module carries no zod and no records.
 */
import type { z } from 'zod';
import { deepFreeze } from '../freeze.js';
import type { ClaimKind, ClaimScope } from '../schema/claim.js';
import type { DateBasis, FactBasis, Note } from '../schema/common.js';
import type { EntityType } from '../schema/entity.js';
import type { Event } from '../schema/event.js';
import type { Topic, UnitKind } from '../schema/indicator.js';
import type { ComparisonKind, Observation } from '../schema/observation.js';
import type {
  ApprovalBasis,
  ApprovalPrecision,
  Confidence,
  RegistryCitations,
  RegistryNoteKind,
  ZoneKind,
} from '../schema/park.js';
import type { SourceKind, SourceStorage, Trust } from '../schema/source.js';
import type { Qualifier } from '../schema/unit.js';

/** A name in simplified Chinese and in English. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

type Labels<K extends string> = { readonly [Key in K]: Label };

export const TOPIC_LABELS: Labels<Topic> = /* @__PURE__ */ deepFreeze({
  investment: { zh: '招商与投资', en: 'Investment' },
  projects: { zh: '项目', en: 'Projects' },
  enterprises: { zh: '企业', en: 'Enterprises' },
  rnd: { zh: '研发', en: 'Research and development' },
  talent: { zh: '人才', en: 'Talent' },
  finance: { zh: '金融与资金', en: 'Finance' },
  'government-services': { zh: '政务服务', en: 'Government services' },
  infrastructure: { zh: '设施与载体', en: 'Facilities' },
  land: { zh: '土地', en: 'Land' },
  industry: { zh: '产业', en: 'Industry' },
  tax: { zh: '税收', en: 'Tax' },
  cooperation: { zh: '合作', en: 'Cooperation' },
  policy: { zh: '政策', en: 'Policy' },
});

export const UNIT_KIND_LABELS: Labels<z.infer<typeof UnitKind>> = /* @__PURE__ */ deepFreeze({
  currency: { zh: '金额', en: 'Amount of money' },
  count: { zh: '数量', en: 'Count' },
  ratio: { zh: '比例', en: 'Ratio' },
  duration: { zh: '时长', en: 'Duration' },
  area: { zh: '面积', en: 'Area' },
  capacity: { zh: '产能', en: 'Capacity' },
});

/** Plural forms: these name groups of entities (a list heading). */
export const ENTITY_TYPE_LABELS: Labels<EntityType> = /* @__PURE__ */ deepFreeze({
  'government-body': { zh: '政府部门', en: 'Government bodies' },
  university: { zh: '高校', en: 'Universities' },
  'research-institute': { zh: '科研院所', en: 'Research institutes' },
  enterprise: { zh: '企业', en: 'Enterprises' },
  'policy-document': { zh: '政策文件', en: 'Policy documents' },
  programme: { zh: '计划与项目', en: 'Programmes' },
  facility: { zh: '设施', en: 'Facilities' },
  platform: { zh: '平台', en: 'Platforms' },
  industry: { zh: '产业', en: 'Industries' },
  'industrial-park': { zh: '园区', en: 'Industrial parks' },
  alliance: { zh: '联盟', en: 'Alliances' },
  'financial-product': { zh: '金融产品', en: 'Financial products' },
  event: { zh: '活动', en: 'Events' },
  project: { zh: '工程项目', en: 'Projects' },
});

export const EVENT_KIND_LABELS: Labels<Event['kind']> = /* @__PURE__ */ deepFreeze({
  policy: { zh: '政策', en: 'Policy' },
  reform: { zh: '改革', en: 'Reform' },
  regulation: { zh: '法规', en: 'Regulation' },
  project: { zh: '项目', en: 'Project' },
  agreement: { zh: '协议', en: 'Agreement' },
  programme: { zh: '计划', en: 'Programme' },
  organisation: { zh: '机构', en: 'Organisation' },
});

export const STATUS_LABELS: Labels<Observation['status']> = /* @__PURE__ */ deepFreeze({
  reported: { zh: '已实现', en: 'Achieved' },
  target: { zh: '目标', en: 'Target' },
  planned: { zh: '计划（拟）', en: 'Planned' },
});

export const QUALIFIER_LABELS: Labels<Qualifier> = /* @__PURE__ */ deepFreeze({
  exact: { zh: '确数', en: 'Exact' },
  'more-than': { zh: '超过', en: 'More than' },
  nearly: { zh: '接近', en: 'Nearly' },
  'order-of': { zh: '量级', en: 'Order of magnitude' },
});

export const COMPARISON_KIND_LABELS: Labels<z.infer<typeof ComparisonKind>> = /* @__PURE__ */ deepFreeze({
  'growth-since': { zh: '增长自', en: 'Growth since' },
  'raised-from': { zh: '由此提高', en: 'Raised from' },
  'reduced-from': { zh: '由此缩短', en: 'Reduced from' },
  'reduction-rate': { zh: '缩减幅度', en: 'Reduction rate' },
});

export const NOTE_KIND_LABELS: Labels<Note['kind']> = /* @__PURE__ */ deepFreeze({
  'truncated-text': { zh: '文字被截断', en: 'Truncated text' },
  'split-word': { zh: '词语被拆开', en: 'Split word' },
  'cut-word': { zh: '词语残缺', en: 'Cut word' },
  ambiguous: { zh: '含义不明', en: 'Ambiguous' },
  'implied-unit': { zh: '单位为推断', en: 'Implied unit' },
  inferred: { zh: '推断', en: 'Inferred' },
  unverifiable: { zh: '无法核实', en: 'Unverifiable' },
});

export const DATE_BASIS_LABELS: Labels<z.infer<typeof DateBasis>> = /* @__PURE__ */ deepFreeze({
  stated: { zh: '页面写明', en: 'Stated on the page' },
  inferred: { zh: '据参考年份推断', en: 'Inferred from the reference year' },
});

export const SEARCH_KIND_LABELS: Labels<'park' | 'entity' | 'indicator'> = /* @__PURE__ */ deepFreeze({
  park: { zh: '高新区', en: 'Zone' },
  entity: { zh: '机构·项目', en: 'Organisation' },
  indicator: { zh: '指标', en: 'Indicator' },
});

/** How the registry grades a zone as a whole (membership, name and date). */
export const CONFIDENCE_LABELS: Labels<Confidence> = /* @__PURE__ */ deepFreeze({
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
});

/**
 * Each confidence level in plain words, for a reader: the registry material's rule (its README) as it
 * applies to one zone.
 */
export const CONFIDENCE_EXPLANATIONS: Labels<Confidence> = /* @__PURE__ */ deepFreeze({
  high: {
    zh: '见到了批复本身（其文本或标题），或者有两个相互独立、不属于社区内容的来源对该园区及其批复日期（如有）说法一致。',
    en: 'The approval itself was seen (its text or title), or two independent sources that are not community content agree on the zone and on its date where it has one.',
  },
  medium: {
    zh: '只依据一个可靠的非社区来源（新闻报道、园区自我介绍或百科），或者日期是比对批次名单推算的，或者年份是根据上下文推断的。',
    en: 'It rests on one reliable source that is not community content (a news report, the zone’s own description or an encyclopedia), or its date was derived by comparing batch lists, or its year was inferred from context.',
  },
  low: {
    zh: '只有一份社区整理的名单或国家统计局的一个乡镇级单位提到它，没有其他来源称其为国家高新区。',
    en: 'Only a community-made list or an NBS township-level unit names it; no other source calls it a national zone.',
  },
});

export const ZONE_KIND_LABELS: Labels<ZoneKind> = /* @__PURE__ */ deepFreeze({
  'high-tech-zone': { zh: '国家高新区', en: 'National high-tech zone' },
  'agricultural-demonstration-zone': {
    zh: '国家农业高新技术产业示范区',
    en: 'National agricultural high-tech demonstration zone',
  },
  'industrial-park': { zh: '工业园区', en: 'Industrial park' },
});

/** How precise an approval date is. */
export const APPROVAL_PRECISION_LABELS: Labels<ApprovalPrecision> = /* @__PURE__ */ deepFreeze({
  year: { zh: '精确到年', en: 'To the year' },
  month: { zh: '精确到月', en: 'To the month' },
  day: { zh: '精确到日', en: 'To the day' },
});

/** How an approval date is known. */
export const APPROVAL_BASIS_LABELS: Labels<ApprovalBasis> = /* @__PURE__ */ deepFreeze({
  stated: { zh: '来源写明', en: 'Stated by a source' },
  derived: { zh: '比对批次名单推算', en: 'Derived from batch lists' },
  inferred: { zh: '据上下文推断', en: 'Inferred from context' },
});

/** How a reference fact (a name, a division) is known. */
export const FACT_BASIS_LABELS: Labels<FactBasis> = /* @__PURE__ */ deepFreeze({
  page: { zh: '见于专栏页面', en: 'On the column page' },
  cited: { zh: '取自引用来源', en: 'From the cited sources' },
  constructed: { zh: '按规则构成', en: 'Constructed by rule' },
});

export const SOURCE_KIND_LABELS: Labels<SourceKind> = /* @__PURE__ */ deepFreeze({
  'newspaper-page': { zh: '报纸版面', en: 'Newspaper page' },
  'official-text': { zh: '官方文本', en: 'Official text' },
  'government-site': { zh: '政府网站', en: 'Government site' },
  news: { zh: '新闻报道', en: 'News report' },
  encyclopedia: { zh: '百科', en: 'Encyclopedia' },
  'community-list': { zh: '社区内容', en: 'Community content' },
  'statistical-codes': { zh: '统计代码表', en: 'Statistical codes' },
  'web-page': { zh: '网页', en: 'Web page' },
  other: { zh: '其他', en: 'Other' },
});

export const SOURCE_STORAGE_LABELS: Labels<SourceStorage> = /* @__PURE__ */ deepFreeze({
  stored: { zh: '存有原文', en: 'Text stored' },
  cited: { zh: '仅引用', en: 'Cited only' },
});

/** How far a cited source itself can be relied on. */
export const TRUST_LABELS: Labels<Trust> = /* @__PURE__ */ deepFreeze({
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
});

export const CLAIM_KIND_LABELS: Labels<ClaimKind> = /* @__PURE__ */ deepFreeze({
  first: { zh: '首创', en: 'First' },
  leading: { zh: '领先', en: 'Leading' },
  designation: { zh: '入选', en: 'Designation' },
  goal: { zh: '目标', en: 'Goal' },
  composition: { zh: '构成', en: 'Composition' },
});

export const CLAIM_SCOPE_LABELS: Labels<ClaimScope> = /* @__PURE__ */ deepFreeze({
  world: { zh: '全球', en: 'World' },
  national: { zh: '全国', en: 'National' },
  provincial: { zh: '省内', en: 'Provincial' },
  municipal: { zh: '直辖市内', en: 'Municipal' },
  city: { zh: '市内', en: 'City' },
  zone: { zh: '园区内', en: 'Zone' },
});

export const REGISTRY_NOTE_KIND_LABELS: Labels<RegistryNoteKind> = /* @__PURE__ */ deepFreeze({
  source: { zh: '来源', en: 'Source' },
  conflict: { zh: '来源冲突', en: 'Conflict' },
  rename: { zh: '更名', en: 'Rename' },
  location: { zh: '位置', en: 'Location' },
  code: { zh: '统计代码', en: 'Statistical code' },
  membership: { zh: '成员身份', en: 'Membership' },
  missing: { zh: '缺失', en: 'Missing' },
  decision: { zh: '本项目的决定', en: 'Decision of this project' },
});

/** The registry facts a zone's citations back, one list of source ids each. */
export const CITED_FACT_LABELS: Labels<keyof RegistryCitations> = /* @__PURE__ */ deepFreeze({
  membership: { zh: '国家高新区身份', en: 'National status' },
  approved: { zh: '批复日期', en: 'Approval date' },
  documentNumber: { zh: '批复文号', en: 'Document number' },
  nbsCode: { zh: '统计区划代码', en: 'NBS code' },
  nameEn: { zh: '英文名', en: 'English name' },
});
