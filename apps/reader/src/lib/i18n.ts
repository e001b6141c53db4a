/** Text in both of the reader's languages. */
export interface Bi {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export function pick(text: Bi, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** The reader's own interface wording. Everything else on screen comes from @hitech/data. */
export const ui = {
  siteName: { zh: '高新区阅读', en: 'Hi-Tech Zones Reader' },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  mainNav: { zh: '主导航', en: 'Main navigation' },
  home: { zh: '首页', en: 'Home' },
  compare: { zh: '对比', en: 'Compare' },
  search: { zh: '搜索', en: 'Search' },
  about: { zh: '数据', en: 'Data' },
  settings: { zh: '显示', en: 'Display' },
  switchLanguage: { zh: 'Switch to English', en: '切换到中文' },
  theme: { zh: '配色', en: 'Colours' },
  themeSystem: { zh: '跟随系统', en: 'System' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  fontSize: { zh: '字号', en: 'Text size' },
  smaller: { zh: '缩小字号', en: 'Smaller text' },
  larger: { zh: '放大字号', en: 'Larger text' },
  offline: { zh: '离线：正在显示已保存的页面', en: 'Offline: showing saved pages' },
  share: { zh: '分享', en: 'Share' },
  copied: { zh: '链接已复制', en: 'Link copied' },
  copyFailed: { zh: '请手动复制链接', en: 'Copy the link by hand' },
  linkToPage: { zh: '本页链接', en: 'Link to this page' },
  // home
  opinion: { zh: '国务院意见', en: 'The State Council opinion' },
  issued: { zh: '印发', en: 'Issued' },
  goals: { zh: '两个目标', en: 'Two goals' },
  zones: { zh: '各高新区', en: 'The zones' },
  leadingIndustries: { zh: '主导产业', en: 'Leading industries' },
  headlineFigures: { zh: '主要数字', en: 'Headline figures' },
  readZone: { zh: '阅读全文', en: 'Read more' },
  // zone
  summary: { zh: '概要', en: 'Summary' },
  highlights: { zh: '亮点数字', en: 'Highlights' },
  allFigures: { zh: '全部数字', en: 'All figures' },
  timeline: { zh: '大事记', en: 'Timeline' },
  organisations: { zh: '机构与项目', en: 'Organisations and programmes' },
  report: { zh: '报道', en: 'The report' },
  headline: { zh: '标题', en: 'Headline' },
  reporter: { zh: '记者', en: 'Reporter' },
  themes: { zh: '主题', en: 'Themes' },
  pageDefects: { zh: '原页面的问题', en: 'Defects of the source page' },
  noDefects: { zh: '未发现问题。', en: 'None recorded.' },
  imageCredits: { zh: '图片说明', en: 'Image credits' },
  nationalEvent: { zh: '全国', en: 'National' },
  figuresCount: { zh: '个数字', en: 'figures' },
  // figure
  figure: { zh: '数字', en: 'Figure' },
  zone: { zh: '高新区', en: 'Zone' },
  indicator: { zh: '指标', en: 'Indicator' },
  period: { zh: '时期', en: 'Period' },
  noPeriod: { zh: '页面未给出', en: 'Not given on the page' },
  periodStated: { zh: '页面写明', en: 'stated on the page' },
  periodInferred: { zh: '据参考年份推断', en: 'inferred from the reference year' },
  qualifier: { zh: '限定', en: 'Qualifier' },
  status: { zh: '性质', en: 'Status' },
  evidence: { zh: '出处原文', en: 'Where it comes from' },
  evidenceHint: {
    zh: '原页面中载有这一数字的最短片段，以及它在页面文本中的位置。',
    en: 'The shortest phrase of the source page that carries the figure (in Chinese), and where it sits in the page text.',
  },
  characters: { zh: '字符位置', en: 'Characters' },
  comparisons: { zh: '比较', en: 'Compared with' },
  partOf: { zh: '所属总数', en: 'Part of' },
  parts: { zh: '构成', en: 'Made up of' },
  relatedEntities: { zh: '相关机构', en: 'Named in this figure' },
  notes: { zh: '数据说明', en: 'Notes on the data' },
  backToZone: { zh: '返回该高新区', en: 'Back to the zone' },
  // compare
  compareTitle: { zh: '跨区对比', en: 'Compare the zones' },
  compareIntro: {
    zh: '以下指标在不止一个高新区出现。各区统计口径不同，请结合每个数字的说明阅读，不宜当作排名。',
    en: 'These indicators appear in more than one zone. Each zone counts in its own way: read every bar with its label, not as a ranking.',
  },
  chartOf: { zh: '条形图', en: 'Bar chart' },
  figuresInChart: { zh: '图中数字', en: 'Figures in the chart' },
  // search
  searchTitle: { zh: '搜索', en: 'Search' },
  searchLabel: {
    zh: '搜索高新区、机构、产业或指标',
    en: 'Search zones, organisations, industries or indicators',
  },
  searchButton: { zh: '搜索', en: 'Search' },
  searchHint: {
    zh: '中英文均可，例如：尼龙、nylon、张江',
    en: 'Chinese or English, for example 尼龙, nylon, 张江',
  },
  noResults: { zh: '没有找到结果', en: 'No results' },
  results: { zh: '条结果', en: 'results' },
  searchNeedsJs: { zh: '搜索需要启用 JavaScript。', en: 'Search needs JavaScript.' },
  kindPark: { zh: '高新区', en: 'Zone' },
  kindEntity: { zh: '机构·项目', en: 'Organisation' },
  kindIndicator: { zh: '指标', en: 'Indicator' },
  // about
  aboutTitle: { zh: '数据与接口', en: 'Data and API' },
  source: { zh: '来源', en: 'Source' },
  version: { zh: '数据版本', en: 'Data version' },
  sourceNotes: { zh: '来源说明', en: 'Notes on the source' },
  usePackage: { zh: '在代码中使用数据包', en: 'Use the package in code' },
  useApi: { zh: '使用接口', en: 'Use the API' },
  packageHint: {
    zh: '数据包 @hitech/data 提供带类型的记录、查找函数和格式化工具：',
    en: 'The package @hitech/data ships typed records, look-ups and formatters:',
  },
  apiHint: {
    zh: '在仓库根目录运行 pnpm start 后，接口在 8787 端口提供相同的数据：',
    en: 'After pnpm start at the repository root, the API serves the same data on port 8787:',
  },
  apiDocs: { zh: '交互式接口文档：', en: 'Interactive reference:' },
  readerOffline: {
    zh: '本阅读器首次访问后即可离线使用，并可添加到主屏幕。',
    en: 'After the first visit this reader works offline and can be installed to the home screen.',
  },
  notFound: { zh: '找不到这个页面', en: 'Page not found' },
  footer: {
    zh: '数据：@hitech/data。文字与数字均出自该数据集。',
    en: 'Data: @hitech/data. Every text and figure comes from the dataset.',
  },
} satisfies Record<string, Bi>;

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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Point {
  y: string;
  m?: number;
  d?: number;
}

function parsePoint(text: string): Point {
  const [y = text, m, d] = text.split('-');
  return { y, m: m ? Number(m) : undefined, d: d ? Number(d) : undefined };
}

function zhPoint(p: Point, withYear = true): string {
  const year = withYear ? `${p.y}年` : '';
  if (p.m === undefined) return year;
  return `${year}${p.m}月${p.d === undefined ? '' : `${p.d}日`}`;
}

function enPoint(p: Point, withYear = true): string {
  const year = withYear ? ` ${p.y}` : '';
  if (p.m === undefined) return p.y;
  const month = MONTHS[p.m - 1] ?? String(p.m);
  return p.d === undefined ? `${month}${year}` : `${p.d} ${month}${year}`;
}

/**
 * An ISO 8601 period as a reader says it: `2021-01/2021-10` → 2021年1—10月 / January–October 2021,
 * `2020/..` → 2020年起 / since 2020.
 */
export function formatPeriod(period: string): Bi {
  const [fromText = period, toText] = period.split('/');
  const from = parsePoint(fromText);
  if (toText === undefined) return { zh: zhPoint(from), en: enPoint(from) };
  if (toText === '..') return { zh: `${zhPoint(from)}起`, en: `since ${enPoint(from)}` };
  const to = parsePoint(toText);
  if (
    from.y === to.y &&
    from.m !== undefined &&
    to.m !== undefined &&
    from.d === undefined &&
    to.d === undefined
  ) {
    return {
      zh: `${from.y}年${from.m}—${to.m}月`,
      en: `${enPoint(from, false)}–${enPoint(to, false)} ${from.y}`,
    };
  }
  return { zh: `${zhPoint(from)}至${zhPoint(to)}`, en: `${enPoint(from)} to ${enPoint(to)}` };
}

/** An ISO date as 2020年7月13日 / 13 July 2020. */
export function formatDate(iso: string): Bi {
  return formatPeriod(iso);
}
