import {
  absoluteValue,
  articleById,
  claims,
  entitiesOfPark,
  entityById,
  entities as entityRecords,
  eventsOfPark,
  formatValue,
  indicatorByKey,
  indicatorFamilies,
  indicators as indicatorRecords,
  type Observation,
  type ObservationId,
  observationById,
  observations,
  observationsOfPark,
  type Park,
  type ParkId,
  parkById,
  parks as registryParks,
  type Source,
  sources,
  version,
} from '@hitech/data';
import { byCodeUnits, searchSourceOf } from '@hitech/data/query';
import { CONFIDENCE_LABELS } from '@hitech/data/vocabulary';
import { compareSelections } from '../compare';
import { type Bi, periodText, ui } from '../i18n';
import type {
  ApprovalsPerYear,
  CitationView,
  CitedFact,
  ClaimView,
  CompareGroupView,
  DirectoryProvince,
  EntityGroup,
  FigureCard,
  IdentityView,
  NoteView,
  SearchIndex,
  SourceView,
  TimelineItem,
  TopicGroup,
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
const articleOrder = (p: Park) => (p.articleId ? (articleById(p.articleId)?.order ?? 0) : 0);
/** The zones the column reports on, in the column's order. */
const reportedParks = registryParks
  .filter((p) => p.articleId !== null)
  .sort((a, b) => articleOrder(a) - articleOrder(b));
const sourceById = new Map<string, Source>(sources.map((s) => [s.id, s]));

const bi = (t: { readonly zh: string; readonly en: string }): Bi => ({ zh: t.zh, en: t.en });

function requirePark(id: string): Park {
  const park = parkById(id);
  if (!park) throw new Error(`No zone ${id}`);
  return park;
}

export function zoneShortName(park: Park): Bi {
  return { zh: park.name.zhShort, en: park.name.enShort };
}

function placeOf(park: Park): Bi {
  return park.city.code === park.province.code
    ? bi(park.city)
    : { zh: `${park.province.zh}${park.city.zh}`, en: `${park.city.en}, ${park.province.en}` };
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
    period: o.period ? periodText(o.period) : null,
  };
}

function zoneCard(park: Park): ZoneCardData {
  return {
    id: park.id,
    name: zoneShortName(park),
    place: placeOf(park),
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
    policy: { title: note.policy.title, issued: periodText(note.policy.issued), iso: note.policy.issued },
    goals: note.goals.map((g) => bi(g.label)),
    summary: bi(note.summary),
    zones: reportedParks.map(zoneCard),
    zoneCount: registryParks.length,
  };
}

/** The cited sources behind a zone's registry facts: each source once, with the facts it backs. */
function citationsOf(park: Park): CitationView[] {
  const facts = new Map<string, CitedFact[]>();
  for (const [fact, ids] of Object.entries(park.registry.citations) as [CitedFact, readonly string[]][]) {
    for (const id of ids) facts.set(id, [...(facts.get(id) ?? []), fact]);
  }
  return [...facts].map(([id, backed]) => {
    const s = sourceById.get(id);
    if (s?.storage !== 'cited') throw new Error(`${park.id} cites ${id}, which is no cited source`);
    return {
      id,
      kind: s.kind,
      title: s.title ? bi(s.title) : null,
      publisher: s.publisher,
      date: s.date ? periodText(s.date) : null,
      url: s.url,
      address: s.url ? null : s.address,
      trust: s.trust,
      facts: backed,
    };
  });
}

export function identityView(park: Park): IdentityView {
  const r = park.registry;
  return {
    kind: r.kind,
    names: {
      zh: park.name.zh,
      zhShort: park.name.zhShort,
      en: park.name.en,
      enShort: park.name.enShort,
      enCited: park.name.enCited,
      pinyin: park.name.pinyin,
    },
    nameBasis: { ...park.name.basis },
    province: { code: park.province.code, name: bi(park.province) },
    city: { code: park.city.code, name: bi(park.city) },
    approved:
      r.approved && r.approvedPrecision && r.approvedBasis
        ? {
            iso: r.approved,
            text: periodText(r.approved),
            precision: r.approvedPrecision,
            basis: r.approvedBasis,
          }
        : null,
    documentNumber: r.documentNumber,
    nbsCode: r.nbsCode,
    confidence: r.confidence,
    citations: citationsOf(park),
    notes: r.notes.map((n) => ({ kind: n.kind, text: bi(n) })),
  };
}

function claimsOf(parkId: ParkId): ClaimView[] {
  return claims
    .filter((c) => c.parkId === parkId)
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      scopes: [...c.scopes],
      subject: bi(c.subject),
      quote: c.evidence.quote,
      figures: c.observationIds.flatMap((oid) => {
        const o = observationById(oid);
        return o ? [figureCard(o)] : [];
      }),
    }));
}

export function zoneView(id: string) {
  const park = requirePark(id);
  const article = park.articleId ? articleById(park.articleId) : undefined;
  const figures = observationsOfPark(park.id);
  const topics = new Map<TopicGroup['topic'], FigureCard[]>();
  for (const o of figures) {
    const topic = indicatorByKey(o.indicator)?.topic;
    if (!topic) throw new Error(`${o.id}: no indicator ${o.indicator}`);
    topics.set(topic, [...(topics.get(topic) ?? []), figureCard(o)]);
  }
  const timeline: TimelineItem[] = eventsOfPark(park.id).map((e) => ({
    id: e.id,
    date: periodText(e.date),
    iso: e.date,
    kind: e.kind,
    title: bi(e.title),
    national: e.parkId === null,
  }));
  // entitiesOfPark orders by type (vocabulary order), then id: groups keep that order.
  const byType = new Map<EntityGroup['type'], EntityGroup['list']>();
  for (const e of entitiesOfPark(park.id)) {
    const list = byType.get(e.type) ?? [];
    list.push({ id: e.id, name: bi(e.name), description: e.description ? bi(e.description) : null });
    byType.set(e.type, list);
  }
  return {
    id: park.id,
    reported: park.articleId !== null,
    shareImage: zoneShareImageIds().includes(park.id),
    fullName: { zh: park.name.zh, en: park.name.en },
    card: zoneCard(park),
    identity: identityView(park),
    claims: claimsOf(park.id),
    topics: [...topics].map(([topic, list]): TopicGroup => ({ topic, figures: list })),
    figureCount: figures.length,
    timeline,
    entities: [...byType].map(([type, list]): EntityGroup => ({ type, list })),
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

/** The source a figure's evidence quotes, with what it prints and what it leaves out. */
function sourceView(o: Observation): SourceView {
  const s = sourceById.get(o.evidence.sourceId);
  if (!s) throw new Error(`${o.id}: no source ${o.evidence.sourceId}`);
  const park = requirePark(o.parkId);
  const article = park.articleId ? articleById(park.articleId) : undefined;
  const stored = s.storage === 'stored' ? s : null;
  return {
    kind: s.kind,
    series: stored?.series ? { zh: stored.series.title, en: stored.series.titleEn } : null,
    headline: article ? bi(article.headline) : null,
    reporter: article?.reporter ? bi(article.reporter) : null,
    // A stored source's title is the text as printed, in its own language, on either page.
    title: s.title === null ? null : typeof s.title === 'string' ? { zh: s.title, en: s.title } : bi(s.title),
    date: s.date ? periodText(s.date) : null,
    publisher: s.publisher,
    referenceYear: stored?.referenceYear
      ? { value: stored.referenceYear.value, reason: bi(stored.referenceYear.reason) }
      : null,
  };
}

export function figureView(id: string) {
  const o = observationById(id);
  if (!o) throw new Error(`No figure ${id}`);
  const park = requirePark(o.parkId);
  const indicator = indicatorByKey(o.indicator);
  const related = (otherId: ObservationId) => {
    const other = observationById(otherId);
    return other ? figureCard(other) : null;
  };
  return {
    card: figureCard(o),
    zone: { id: park.id, name: zoneShortName(park) },
    indicator: indicator ? { name: bi(indicator), topic: indicator.topic } : null,
    absolute: absoluteValue(o),
    periodIso: o.period,
    periodBasis: o.periodBasis,
    // Readers get the quote with the figure marked and the source it comes from; character offsets
    // stay in the dataset and the API.
    evidence: markFigure(o),
    source: sourceView(o),
    comparisons: o.comparisons.map((c) => ({
      kind: c.kind,
      basePeriod: c.basePeriod ? periodText(c.basePeriod) : null,
      figure: related(c.observationId as ObservationId),
    })),
    partOf: o.partOf ? related(o.partOf) : null,
    parts: observations.filter((p) => p.partOf === o.id).map(figureCard),
    entities: o.entityIds.flatMap((eid) => {
      const e = entityById(eid);
      return e ? [{ id: e.id, name: bi(e.name), inZone: e.parkIds.includes(o.parkId) }] : [];
    }),
    notes: o.notes.map((n): NoteView => ({ kind: n.kind, text: bi(n) })),
  };
}

export function compareView(): CompareGroupView[] {
  return compareSelections(indicatorFamilies, indicatorRecords, observations).map(
    ({ family, observationIds }) => ({
      key: family.key,
      title: bi(family),
      description: bi(family.description),
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
    }),
  );
}

const approvalYear = (p: Park) => (p.registry.approved ? Number(p.registry.approved.slice(0, 4)) : null);

/** Every zone of the registry by province (in code order), each province's zones by approval date then id. */
export function directoryView(): DirectoryProvince[] {
  const provinces = new Map<string, DirectoryProvince>();
  const sorted = [...registryParks].sort(
    (a, b) =>
      byCodeUnits(a.province.code, b.province.code) ||
      byCodeUnits(a.registry.approved ?? '9999', b.registry.approved ?? '9999') ||
      byCodeUnits(a.id, b.id),
  );
  for (const p of sorted) {
    const province = provinces.get(p.province.code) ?? {
      code: p.province.code,
      name: bi(p.province),
      zones: [],
    };
    province.zones.push({
      id: p.id,
      name: zoneShortName(p),
      city: bi(p.city),
      year: approvalYear(p),
      summary: bi(p.summary),
      reported: p.articleId !== null,
    });
    provinces.set(p.province.code, province);
  }
  return [...provinces.values()];
}

/** How many zones were approved each year, from the first year to the last, and how many are undated. */
export function approvalsPerYear(): ApprovalsPerYear {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const p of registryParks) {
    const year = approvalYear(p);
    if (year === null) undated += 1;
    else counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const known = [...counts.keys()];
  const first = Math.min(...known);
  const last = Math.max(...known);
  const years = Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    count: counts.get(first + i) ?? 0,
  }));
  return { years, undated, total: registryParks.length };
}

export function searchIndex(): SearchIndex {
  const figures: SearchIndex['figures'] = {};
  for (const o of observations) {
    const list = figures[o.indicator] ?? [];
    list.push({ id: o.id, parkId: o.parkId });
    figures[o.indicator] = list;
  }
  return {
    ...searchSourceOf({ parks: registryParks, entities: entityRecords, indicators: indicatorRecords }),
    figures,
    zoneNames: Object.fromEntries(registryParks.map((p) => [p.id, zoneShortName(p)])),
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
    zones: reportedParks.map(zoneShortName),
    indicatorNames: indicatorRecords.map(bi),
    counts: {
      parks: registryParks.length,
      reported: reportedParks.length,
      observations: observations.length,
      entities: entityRecords.length,
      indicators: indicatorRecords.length,
    },
  };
}

/** Every zone of the registry: each has a page. */
export const allParkIds = (): string[] => registryParks.map((p) => p.id);
/** The zones the column reports on: their pages carry figures and a share image. */
export const reportedParkIds = (): string[] => reportedParks.map((p) => p.id);
/**
 * Zones with a share image: the four the column reports on. Cards for all 178 zones cost 20 MB of PNGs
 * (356 images of about 55 KB) and about 10 s of build; the registry zones' pages share as a summary card
 * without an image instead (README, "Share images").
 */
export const zoneShareImageIds = (): string[] => reportedParkIds();
export const allFigureIds = (): string[] => observations.map((o) => o.id);

const sourceLine = (headline: Bi | null): Bi => {
  const column = { zh: `《${source.series.title}》`, en: source.series.titleEn };
  return headline
    ? { zh: `来源：${column.zh} · ${headline.zh}`, en: `Source: ${column.en} · ${headline.en}` }
    : { zh: `来源：${column.zh}`, en: `Source: ${column.en}` };
};

/**
 * A zone's share card. A reported zone: its name, place, leading industries and how many figures it has.
 * A registry zone: its name, place, approval and confidence, with the registry as its source.
 */
export function zoneShareCard(id: string): ShareCard {
  const view = zoneView(id);
  if (!view.reported) {
    const { approved, confidence, citations } = view.identity;
    return {
      eyebrow: view.card.place,
      headline: view.card.name,
      lines: [
        view.fullName,
        approved
          ? {
              zh: `${ui.approvalDate.zh}：${approved.text.zh}`,
              en: `${ui.approvalDate.en}: ${approved.text.en}`,
            }
          : ui.noApprovalDate,
        {
          zh: `${ui.confidence.zh}：${CONFIDENCE_LABELS[confidence].zh}`,
          en: `${ui.confidence.en}: ${CONFIDENCE_LABELS[confidence].en}`,
        },
      ],
      source: {
        zh: `${ui.directoryTitle.zh} · ${citations.length}个${ui.citations.zh}`,
        en: `${ui.directoryTitle.en} · ${citations.length} ${ui.citations.en.toLowerCase()}`,
      },
    };
  }
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

/** The directory's share card: how many zones, over which years, from how many cited sources. */
export function directoryShareCard(): ShareCard {
  const { years, total } = approvalsPerYear();
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  const cited = sources.filter((s) => s.storage === 'cited').length;
  return {
    eyebrow: ui.directoryTitle,
    headline: { zh: `${total}个国家高新区`, en: `${total} national zones` },
    lines: [
      { zh: `${first}—${last}年获国务院批复`, en: `Approved by the State Council, ${first}–${last}` },
      ui.byProvince,
    ],
    source: { zh: `来源：${cited}个引用来源`, en: `Sources: ${cited} cited sources` },
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
