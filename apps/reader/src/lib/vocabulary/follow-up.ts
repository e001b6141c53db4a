/**
 * PACKAGE FOLLOW-UP: labels that belong in `@hitech/data/vocabulary` and are not there yet (the registry's
 * enums, claim kinds and scopes, source kinds). They are written like the package's maps — exhaustive
 * `Record<Enum, Label>` over the enums of the shipped types — so a value added to a schema fails to
 * compile here until it is labelled. When the package gains them, delete this module and import from
 * `@hitech/data/vocabulary` instead; nothing else in the reader declares labels of the data.
 */
import type { Park } from '@hitech/data';
import type { ClaimKind, ClaimScope, FactBasis, SourceKind } from '@hitech/data/schema';
import type { Label } from '@hitech/data/vocabulary';

type Labels<K extends string> = { readonly [Key in K]: Label };
type Registry = Park['registry'];

export type Confidence = Registry['confidence'];
export type ZoneKind = Registry['kind'];
export type ApprovalPrecision = NonNullable<Registry['approvedPrecision']>;
export type ApprovalBasis = NonNullable<Registry['approvedBasis']>;
export type RegistryNoteKind = Registry['notes'][number]['kind'];
export type CitedFact = keyof Registry['citations'];
export type ClaimKindKey = ClaimKind;
export type ClaimScopeKey = ClaimScope;
export type FactBasisKey = FactBasis;
export type SourceKindKey = SourceKind;

export const CONFIDENCE_LABELS: Labels<Confidence> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
};

/** What each grade means, in plain words (the registry material's rule, retold). */
export const CONFIDENCE_EXPLANATIONS: Labels<Confidence> = {
  high: {
    zh: '可信度高：见到了国务院批复本身（政府网站、公报或科技部门通知中的原文或标题），或有两个彼此独立、非网友整理的来源对园区和日期说法一致。',
    en: 'High: the approval itself was seen (its text or title on a government site, in the State Council Gazette or in a science-ministry notice), or two independent sources that are not community lists agree on the zone and its date.',
  },
  medium: {
    zh: '可信度中：只有一个较可靠的来源（新闻报道、园区自己的介绍或百科），或日期是比对批次名单推得、由上下文推断的。',
    en: 'Medium: it rests on one fairly reliable source (a news report, the zone’s own description or an encyclopedia), or its date was worked out by comparing batch lists or from context.',
  },
  low: {
    zh: '可信度低：只有网友整理的名单或统计区划代码提到它，没有其他来源称它为国家高新区。',
    en: 'Low: only a community-compiled list or the statistical codes mention it; no other source calls it a national zone.',
  },
};

export const ZONE_KIND_LABELS: Labels<ZoneKind> = {
  'high-tech-zone': { zh: '国家高新技术产业开发区', en: 'National high-tech industrial development zone' },
  'agricultural-demonstration-zone': {
    zh: '国家农业高新技术产业示范区',
    en: 'National agricultural high-tech industry demonstration zone',
  },
  'industrial-park': {
    zh: '工业园区（与国家高新区并列统计）',
    en: 'Industrial park (counted with the national zones)',
  },
};

export const APPROVAL_PRECISION_LABELS: Labels<ApprovalPrecision> = {
  year: { zh: '只知年份', en: 'year only' },
  month: { zh: '只知年月', en: 'month only' },
  day: { zh: '具体到日', en: 'exact day' },
};

export const APPROVAL_BASIS_LABELS: Labels<ApprovalBasis> = {
  stated: { zh: '来源写明', en: 'stated by a source' },
  derived: { zh: '比对批次名单推得', en: 'worked out from batch lists' },
  inferred: { zh: '据上下文推断', en: 'inferred from context' },
};

export const FACT_BASIS_LABELS: Labels<FactBasis> = {
  page: { zh: '出自原页面', en: 'from the page' },
  cited: { zh: '出自引用来源', en: 'from a cited source' },
  constructed: { zh: '按规则构成，非官方', en: 'built by rule, not official' },
};

export const CITED_FACT_LABELS: Labels<CitedFact> = {
  membership: { zh: '国家高新区身份', en: 'National status' },
  approved: { zh: '批复日期', en: 'Approval date' },
  documentNumber: { zh: '批复文号', en: 'Document number' },
  nbsCode: { zh: '统计区划代码', en: 'NBS code' },
  nameEn: { zh: '英文名', en: 'English name' },
};

export const REGISTRY_NOTE_KIND_LABELS: Labels<RegistryNoteKind> = {
  source: { zh: '来源', en: 'Source' },
  conflict: { zh: '说法不一', en: 'Conflict' },
  rename: { zh: '更名', en: 'Renamed' },
  location: { zh: '位置', en: 'Location' },
  code: { zh: '代码', en: 'Code' },
  membership: { zh: '身份', en: 'Status' },
  missing: { zh: '缺失', en: 'Missing' },
  decision: { zh: '本项目的处理', en: 'Our decision' },
};

export const SOURCE_KIND_LABELS: Labels<SourceKind> = {
  'newspaper-page': { zh: '报纸版面', en: 'Newspaper page' },
  'official-text': { zh: '官方文件', en: 'Official text' },
  'government-site': { zh: '政府网站', en: 'Government website' },
  news: { zh: '新闻报道', en: 'News report' },
  encyclopedia: { zh: '百科', en: 'Encyclopedia' },
  'community-list': { zh: '网友整理的名单', en: 'Community-compiled list' },
  'statistical-codes': { zh: '统计区划代码', en: 'Statistical codes' },
  'web-page': { zh: '网页', en: 'Web page' },
  other: { zh: '其他', en: 'Other' },
};

export const CLAIM_KIND_LABELS: Labels<ClaimKind> = {
  first: { zh: '首个', en: 'A first' },
  leading: { zh: '领先', en: 'Leading' },
  designation: { zh: '入选与称号', en: 'Designation' },
  goal: { zh: '目标', en: 'Goal' },
  composition: { zh: '构成', en: 'Made up of' },
};

export const CLAIM_SCOPE_LABELS: Labels<ClaimScope> = {
  world: { zh: '全球', en: 'World' },
  national: { zh: '全国', en: 'National' },
  provincial: { zh: '全省', en: 'Provincial' },
  municipal: { zh: '全市（直辖市）', en: 'Municipality' },
  city: { zh: '全市', en: 'City' },
  zone: { zh: '园区内', en: 'Within the zone' },
};
