import type { Bi } from './i18n';

/**
 * Groups of indicators that measure the same kind of thing in different zones. The dataset keys
 * indicators per zone (`signed-investment` in one, `cooperation-investment` in another), so the reader
 * names the families it puts side by side. Any indicator key found in more than one zone is added too.
 */
export interface CompareGroup {
  key: string;
  title: Bi;
  unit: Bi;
  indicators: string[];
}

export const COMPARE_GROUPS: CompareGroup[] = [
  {
    key: 'project-investment',
    title: { zh: '签约与合作项目投资', en: 'Investment in signed and cooperation projects' },
    unit: { zh: '元', en: 'CNY' },
    indicators: ['signed-investment', 'cooperation-investment'],
  },
  {
    key: 'projects',
    title: { zh: '签约与合作项目数', en: 'Signed and cooperation projects' },
    unit: { zh: '个', en: 'projects' },
    indicators: ['signed-projects', 'cooperation-projects'],
  },
  {
    key: 'rnd-institutions',
    title: { zh: '研发机构与平台', en: 'R&D institutions and platforms' },
    unit: { zh: '家', en: 'institutions' },
    indicators: ['national-rnd-institutions', 'rnd-institutions', 'rnd-platforms', 'new-rnd-institutions'],
  },
];

interface Obs {
  id: string;
  parkId: string;
  indicator: string;
  partOf: string | null;
  status: string;
}

/**
 * For each group, one figure per zone: a whole (not a breakdown), preferring achieved figures and then
 * the group's order of indicators. Groups covering fewer than two zones are dropped.
 */
export function compareSelections(
  groups: CompareGroup[],
  observations: readonly Obs[],
): { group: CompareGroup; observationIds: string[] }[] {
  const parksByKey = new Map<string, Set<string>>();
  for (const o of observations) {
    const set = parksByKey.get(o.indicator) ?? new Set<string>();
    set.add(o.parkId);
    parksByKey.set(o.indicator, set);
  }
  const grouped = new Set(groups.flatMap((g) => g.indicators));
  const extra: CompareGroup[] = [...parksByKey]
    .filter(([key, set]) => set.size > 1 && !grouped.has(key))
    .map(([key]) => ({ key, title: { zh: key, en: key }, unit: { zh: '', en: '' }, indicators: [key] }));

  const result: { group: CompareGroup; observationIds: string[] }[] = [];
  for (const group of [...groups, ...extra]) {
    const byPark = new Map<string, Obs>();
    const rank = (o: Obs) => (o.status === 'reported' ? 0 : 100) + group.indicators.indexOf(o.indicator);
    for (const o of observations) {
      if (o.partOf !== null || !group.indicators.includes(o.indicator)) continue;
      const current = byPark.get(o.parkId);
      if (!current || rank(o) < rank(current)) byPark.set(o.parkId, o);
    }
    if (byPark.size > 1) result.push({ group, observationIds: [...byPark.values()].map((o) => o.id) });
  }
  return result;
}
