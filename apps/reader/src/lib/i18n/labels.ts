import type { Bi } from './core';

/**
 * Labels of the dataset's enumerations (topics, entity types, event kinds, statuses, qualifiers,
 * comparisons, note kinds). They belong to @hitech/data and will be taken from there; the reader's own
 * wording is in ui.ts.
 */
export const topicLabels: Record<string, Bi> = {
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
};

export const entityTypeLabels: Record<string, Bi> = {
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
};

export const eventKindLabels: Record<string, Bi> = {
  policy: { zh: '政策', en: 'Policy' },
  reform: { zh: '改革', en: 'Reform' },
  regulation: { zh: '法规', en: 'Regulation' },
  project: { zh: '项目', en: 'Project' },
  agreement: { zh: '协议', en: 'Agreement' },
  programme: { zh: '计划', en: 'Programme' },
  organisation: { zh: '机构', en: 'Organisation' },
};

export const statusLabels: Record<string, Bi> = {
  reported: { zh: '已实现', en: 'Achieved' },
  target: { zh: '目标', en: 'Target' },
  planned: { zh: '计划（拟）', en: 'Planned' },
};

export const qualifierLabels: Record<string, Bi> = {
  exact: { zh: '确数', en: 'Exact' },
  'more-than': { zh: '超过', en: 'More than' },
  nearly: { zh: '接近', en: 'Nearly' },
  'order-of': { zh: '量级', en: 'Order of magnitude' },
};

export const comparisonLabels: Record<string, Bi> = {
  'growth-since': { zh: '增长自', en: 'Growth since' },
  'raised-from': { zh: '由此提高', en: 'Raised from' },
  'reduced-from': { zh: '由此缩短', en: 'Reduced from' },
  'reduction-rate': { zh: '缩减幅度', en: 'Reduction rate' },
};

export const noteKindLabels: Record<string, Bi> = {
  'truncated-text': { zh: '文字被截断', en: 'Truncated text' },
  'split-word': { zh: '词语被拆开', en: 'Split word' },
  'cut-word': { zh: '词语残缺', en: 'Cut word' },
  ambiguous: { zh: '含义不明', en: 'Ambiguous' },
  'implied-unit': { zh: '单位为推断', en: 'Implied unit' },
  inferred: { zh: '推断', en: 'Inferred' },
  unverifiable: { zh: '无法核实', en: 'Unverifiable' },
};

/** A label for a key, falling back to the key itself so an unknown value is still shown. */
export function labelOf(map: Record<string, Bi>, key: string): Bi {
  return map[key] ?? { zh: key, en: key };
}
