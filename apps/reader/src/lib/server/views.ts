import {
  absoluteValue,
  articleById,
  entitiesOfPark,
  entityById,
  entities as entityRecords,
  eventsOfPark,
  formatValue,
  indicatorByKey,
  indicators as indicatorRecords,
  type Observation,
  observationById,
  observations,
  observationsOfPark,
  type Park,
  parkById,
  parks as registryParks,
  sources,
  version,
} from '@hitech/data';
import { COMPARE_GROUPS, compareSelections } from '../compare';
import { type Bi, formatPeriod, topicLabels, ui } from '../i18n';
import type {
  CompareGroupView,
  FigureCard,
  Named,
  NoteView,
  SearchIndex,
  TimelineItem,
  ZoneCardData,
} from '../types';
import { markFigure } from './evidence';
import type { ShareCard } from './share-image';

/** The column page (the stored source its articles cite) and the zones the column reports on. */
const page = sources.find((s) => s.storage === 'stored');
if (page?.storage !== 'stored' || !page.series || !page.editorsNote || !page.referenceYear)
  throw new Error('@hitech/data lacks the column page');
export const columnPage = {
  ...page,
  series: page.series,
  editorsNote: page.editorsNote,
  referenceYear: page.referenceYear,
};
const source = columnPage;
const articleOrder = (p: Park) => articleById(p.articleId ?? '')?.order ?? 0;
const parks = registryParks
  .filter((p) => p.articleId !== null)
  .sort((a, b) => articleOrder(a) - articleOrder(b));

const bi = (t: { zh: string; en: string }): Bi => ({ zh: t.zh, en: t.en });

function requirePark(id: string): Park {
  const park = parkById(id);
  if (!park) throw new Error(`No zone ${id}`);
  return park;
}

export function zoneShortName(park: Park): Bi {
  return { zh: park.name.zhShort, en: park.name.enShort };
}

export function figureCard(o: Observation): FigureCard {
  return {
    id: o.id,
    parkId: o.parkId,
    indicator: o.indicator,
    label: bi(o.label),
    value: { zh: formatValue(o, 'zh-CN'), en: formatValue(o, 'en') },
    status: o.status,
    qualifier: o.qualifier,
    period: o.period ? formatPeriod(o.period) : null,
  };
}

function zoneCard(park: Park): ZoneCardData {
  const place =
    park.city.code === park.province.code
      ? bi(park.city)
      : { zh: `${park.province.zh}${park.city.zh}`, en: `${park.city.en}, ${park.province.en}` };
  return {
    id: park.id,
    name: zoneShortName(park),
    place,
    leadingIndustries: park.leadingIndustries.map(bi),
    summary: bi(park.summary),
    highlights: park.highlights.map((h) => {
      const obs = h.observationId ? observationById(h.observationId) : undefined;
      return { text: bi(h), figure: obs ? figureCard(obs) : null };
    }),
  };
}

export function homeView() {
  const note = source.editorsNote;
  return {
    series: { zh: source.series.title, en: source.series.titleEn },
    policy: { title: note.policy.title, issued: formatPeriod(note.policy.issued), iso: note.policy.issued },
    goals: note.goals.map((g) => bi(g.label)),
    summary: bi(note.summary),
    zones: parks.map(zoneCard),
  };
}

export function zoneView(id: string) {
  const park = requirePark(id);
  const article = articleById(park.articleId ?? '');
  const figures = observationsOfPark(id);
  const topics = new Map<string, FigureCard[]>();
  for (const o of figures) {
    const topic = indicatorByKey(o.indicator)?.topic ?? 'other';
    const list = topics.get(topic) ?? [];
    list.push(figureCard(o));
    topics.set(topic, list);
  }
  const timeline: TimelineItem[] = eventsOfPark(id).map((e) => ({
    id: e.id,
    date: formatPeriod(e.date),
    iso: e.date,
    kind: e.kind,
    title: bi(e.title),
    national: e.parkId === null,
  }));
  const byType = new Map<string, (Named & { description: Bi | null })[]>();
  for (const e of entitiesOfPark(id)) {
    const list = byType.get(e.type) ?? [];
    list.push({ id: e.id, name: bi(e.name), description: e.description ? bi(e.description) : null });
    byType.set(e.type, list);
  }
  return {
    id,
    fullName: bi(park.name),
    card: zoneCard(park),
    topics: [...topics].map(([topic, list]) => ({
      topic,
      label: topicLabels[topic] ?? { zh: topic, en: topic },
      figures: list,
    })),
    figureCount: figures.length,
    timeline,
    entities: [...byType].map(([type, list]) => ({ type, list })),
    article: article
      ? {
          headline: bi(article.headline),
          reporter: article.reporter ? bi(article.reporter) : null,
          themes: article.themes.map(bi),
          summary: bi(article.summary),
          imageCredits: article.imageCredits.map(bi),
          defects: article.sourceNotes.map((n): NoteView => ({ kind: n.kind, text: bi(n) })),
        }
      : null,
  };
}

export function figureView(id: string) {
  const o = observationById(id);
  if (!o) throw new Error(`No figure ${id}`);
  const park = requirePark(o.parkId);
  const indicator = indicatorByKey(o.indicator);
  const article = articleById(park.articleId);
  const related = (otherId: string) => {
    const other = observationById(otherId);
    return other ? figureCard(other) : null;
  };
  return {
    card: figureCard(o),
    zone: { id: park.id, name: zoneShortName(park) },
    indicator: indicator
      ? {
          name: bi(indicator),
          topic: topicLabels[indicator.topic] ?? { zh: indicator.topic, en: indicator.topic },
        }
      : null,
    absolute: absoluteValue(o),
    periodIso: o.period,
    periodBasis: o.periodBasis,
    // Readers get the quote with the figure marked and the report it comes from; character offsets
    // stay in the dataset and the API.
    evidence: markFigure(o),
    source: {
      column: { zh: source.series.title, en: source.series.titleEn },
      headline: article ? bi(article.headline) : null,
      reporter: article?.reporter ? bi(article.reporter) : null,
    },
    comparisons: o.comparisons.map((c) => ({
      kind: c.kind,
      basePeriod: c.basePeriod ? formatPeriod(c.basePeriod) : null,
      figure: related(c.observationId),
    })),
    partOf: o.partOf ? related(o.partOf) : null,
    parts: observations.filter((p) => p.partOf === o.id).map(figureCard),
    entities: o.entityIds.flatMap((eid): (Named & { inZone: boolean })[] => {
      const e = entityById(eid);
      return e ? [{ id: e.id, name: bi(e.name), inZone: e.parkIds.includes(o.parkId) }] : [];
    }),
    notes: o.notes.map((n): NoteView => ({ kind: n.kind, text: bi(n) })),
  };
}

export function compareView(): CompareGroupView[] {
  return compareSelections(COMPARE_GROUPS, observations).map(({ group, observationIds }) => {
    const indicator = indicatorByKey(group.key);
    const title = group.title.zh === group.key && indicator ? bi(indicator) : group.title;
    return {
      key: group.key,
      title,
      unit: group.unit,
      bars: observationIds.flatMap((oid) => {
        const o = observationById(oid);
        if (!o) return [];
        const card = figureCard(o);
        return [
          {
            parkId: o.parkId,
            zone: zoneShortName(requirePark(o.parkId)),
            value: absoluteValue(o),
            display: card.value,
            label: card.label,
            period: card.period,
            figureId: o.id,
            qualifier: o.qualifier,
            status: o.status,
          },
        ];
      }),
    };
  });
}

export function searchIndex(): SearchIndex {
  const figures: SearchIndex['figures'] = {};
  for (const o of observations) {
    const list = figures[o.indicator] ?? [];
    list.push({ id: o.id, parkId: o.parkId });
    figures[o.indicator] = list;
  }
  return {
    parks: parks.map((p) => ({
      id: p.id,
      name: p.name,
      city: p.city,
      province: p.province,
      leadingIndustries: p.leadingIndustries,
      summary: p.summary,
      highlights: p.highlights.map((h) => ({ zh: h.zh, en: h.en })),
    })),
    entities: entityRecords.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      parkIds: e.parkIds,
      ...(e.description ? { description: e.description } : {}),
    })),
    indicators: indicatorRecords.map((i) => ({
      key: i.key,
      zh: i.zh,
      en: i.en,
      ...(i.description ? { description: i.description } : {}),
    })),
    figures,
    zoneNames: Object.fromEntries(parks.map((p) => [p.id, zoneShortName(p)])),
  };
}

export function aboutView() {
  return {
    series: { zh: source.series.title, en: source.series.titleEn },
    version: version.version,
    contentHash: version.contentHash,
    referenceYear: source.referenceYear.value,
    referenceReason: bi(source.referenceYear.reason),
    notes: source.notes.map((n): NoteView => ({ kind: n.kind, text: bi(n) })),
    zones: parks.map(zoneShortName),
    indicatorNames: indicatorRecords.map(bi),
    counts: {
      parks: parks.length,
      observations: observations.length,
      entities: entityRecords.length,
      indicators: indicatorRecords.length,
    },
  };
}

export const allParkIds = () => parks.map((p) => p.id);
export const allFigureIds = () => observations.map((o) => o.id);

const sourceLine = (headline: Bi | null): Bi => {
  const column = { zh: `《${source.series.title}》`, en: source.series.titleEn };
  return headline
    ? { zh: `来源：${column.zh} · ${headline.zh}`, en: `Source: ${column.en} · ${headline.en}` }
    : { zh: `来源：${column.zh}`, en: `Source: ${column.en}` };
};

/** A zone's share card: its name, place, leading industries and how many figures it has. */
export function zoneShareCard(id: string): ShareCard {
  const view = zoneView(id);
  const industries = view.card.leadingIndustries;
  return {
    eyebrow: view.card.place,
    headline: view.card.name,
    lines: [
      ...(industries.length
        ? [{ zh: industries.map((i) => i.zh).join('、'), en: industries.map((i) => i.en).join(', ') }]
        : []),
      {
        zh: `${view.figureCount}${ui.zoneDescriptionFigures.zh}`,
        en: `${view.figureCount} ${ui.zoneDescriptionFigures.en}`,
      },
    ],
    source: sourceLine(view.article?.headline ?? null),
  };
}

/** A figure's share card: the figure, what it counts, when, the zone and the report it comes from. */
export function figureShareCard(id: string): ShareCard {
  const view = figureView(id);
  return {
    eyebrow: view.zone.name,
    headline: view.card.value,
    lines: [view.card.label, ...(view.card.period ? [view.card.period] : [])],
    source: sourceLine(view.source.headline),
  };
}
