/**
 * A bilingual label for every value of every enum in the schemas. Each map is typed as
 * `Record<Enum, Label>` with the enum taken from the zod schema's type, so a value added to a schema
 * fails to compile until it is labelled here (and test/vocabulary.test.ts compares the keys with the
 * schema's options at run time). Type-only imports: this module carries no zod and no records.
 */
import type { z } from 'zod';
import { deepFreeze } from '../freeze.js';
import type { DateBasis, Note } from '../schema/common.js';
import type { EntityType } from '../schema/entity.js';
import type { Event } from '../schema/event.js';
import type { Topic, UnitKind } from '../schema/indicator.js';
import type { ComparisonKind, Observation } from '../schema/observation.js';
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
