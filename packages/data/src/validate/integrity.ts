import { absoluteValue } from '../query/value.js';
import type { Dataset } from '../schema/dataset.js';
import type { Observation } from '../schema/observation.js';
import type { Unit } from '../schema/unit.js';
import type { PathSegment, Problem } from './result.js';
import { evidenceChecker, type SourceTextOptions, sourceProblems } from './sources.js';

/** Source texts by id (see `SourceTextOptions`); quotes are checked against their own source's text. */
export type IntegrityOptions = SourceTextOptions;

const UNITS_OF_KIND: Record<string, readonly Unit[]> = {
  currency: ['CNY'],
  ratio: ['percent'],
  duration: ['day', 'year'],
  area: ['mu'],
  capacity: ['set'],
};

/** Close enough for figures printed to one decimal place (82.5%) or to cents. */
const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

/**
 * GB/T 2260 structure: a province-level code ends in 0000; a prefecture-level city ends in 00 and starts
 * with its province's two digits; a municipality (北京, 上海, 天津, 重庆) is its own city.
 */
export function divisionProblems(
  province: string,
  city: string,
): [field: 'province' | 'city', message: string][] {
  const problems: [field: 'province' | 'city', message: string][] = [];
  if (!province.endsWith('0000'))
    problems.push(['province', `${province} is not a province-level code (ends in 0000)`]);
  if (city !== province) {
    if (!city.endsWith('00') || city.endsWith('0000'))
      problems.push(['city', `${city} is not a prefecture-level code (ends in 00, not 0000)`]);
    if (city.slice(0, 2) !== province.slice(0, 2))
      problems.push(['city', `${city} does not lie in province ${province}`]);
  }
  return problems;
}

/** Every problem between collections that a schema of one record cannot see. */
export function integrityProblems(data: Dataset, options: IntegrityOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) => problems.push({ path, message });

  const idsOf = <T>(name: string, records: readonly T[], key: (r: T) => string) => {
    const seen = new Map<string, number>();
    records.forEach((record, i) => {
      const id = key(record);
      const first = seen.get(id);
      if (first !== undefined) report([name, i], `duplicate id "${id}" (first used at ${name}[${first}])`);
      else seen.set(id, i);
    });
    return seen;
  };
  const parks = idsOf('parks', data.parks, (r) => r.id);
  const articles = idsOf('articles', data.articles, (r) => r.id);
  const indicators = idsOf('indicators', data.indicators, (r) => r.key);
  const observations = idsOf('observations', data.observations, (r) => r.id);
  idsOf('events', data.events, (r) => r.id);
  const entities = idsOf('entities', data.entities, (r) => r.id);

  const mustExist = (ids: Map<string, number>, what: string, id: string, path: PathSegment[]) => {
    if (!ids.has(id)) report(path, `refers to unknown ${what} "${id}"`);
  };

  const checkEvidence = evidenceChecker(data, options, report);
  sourceProblems(data, options, report, (id) => entities.has(id));

  // Parks and their articles: one article per park, pointing at each other.
  data.parks.forEach((park, i) => {
    divisionProblems(park.province.code, park.city.code).forEach(([field, message]) =>
      report(['parks', i, field, 'code'], message),
    );
    if (park.articleId !== null) mustExist(articles, 'article', park.articleId, ['parks', i, 'articleId']);
    const article = data.articles[articles.get(park.articleId ?? '') ?? -1];
    if (article && article.parkId !== park.id)
      report(
        ['parks', i, 'articleId'],
        `article "${article.id}" is about "${article.parkId}", not "${park.id}"`,
      );
    park.leadingIndustries.forEach((industry, j) => {
      const path = ['parks', i, 'leadingIndustries', j, 'entityId'];
      mustExist(entities, 'entity', industry.entityId, path);
      const entity = data.entities[entities.get(industry.entityId) ?? -1];
      if (entity && entity.type !== 'industry')
        report(path, `entity "${entity.id}" is a ${entity.type}, not an industry`);
    });
    park.highlights.forEach((h, j) => {
      if (h.observationId === undefined) return;
      const path = ['parks', i, 'highlights', j, 'observationId'];
      mustExist(observations, 'observation', h.observationId, path);
      const obs = data.observations[observations.get(h.observationId) ?? -1];
      if (obs && obs.parkId !== park.id) report(path, `observation "${obs.id}" belongs to "${obs.parkId}"`);
    });
  });
  data.articles.forEach((article, i) => {
    mustExist(parks, 'park', article.parkId, ['articles', i, 'parkId']);
    if (data.parks[parks.get(article.parkId) ?? -1]?.articleId !== article.id)
      report(['articles', i, 'parkId'], `park "${article.parkId}" does not point back at this article`);
    if (!data.sources.some((s) => s.id === article.sourceId && s.storage === 'stored'))
      report(['articles', i, 'sourceId'], `unknown stored source "${article.sourceId}"`);
    checkEvidence(article.headline.evidence, ['articles', i, 'headline', 'evidence']);
    if (article.reporter) checkEvidence(article.reporter.evidence, ['articles', i, 'reporter', 'evidence']);
    article.imageCredits.forEach((c, j) =>
      checkEvidence(c.evidence, ['articles', i, 'imageCredits', j, 'evidence']),
    );
    article.sourceNotes.forEach((n, j) =>
      checkEvidence(n.evidence, ['articles', i, 'sourceNotes', j, 'evidence']),
    );
  });

  // Observations
  const byId = (id: string): Observation | undefined => data.observations[observations.get(id) ?? -1];
  data.observations.forEach((obs, i) => {
    const at = (...rest: PathSegment[]) => ['observations', i, ...rest];
    mustExist(parks, 'park', obs.parkId, at('parkId'));
    mustExist(indicators, 'indicator', obs.indicator, at('indicator'));
    const indicator = data.indicators[indicators.get(obs.indicator) ?? -1];
    const allowed = indicator ? UNITS_OF_KIND[indicator.unitKind] : undefined;
    if (indicator && allowed && !allowed.includes(obs.unit))
      report(
        at('unit'),
        `unit "${obs.unit}" does not measure a ${indicator.unitKind} (indicator "${indicator.key}")`,
      );
    if (
      indicator?.unitKind === 'count' &&
      Object.values(UNITS_OF_KIND).some((units) => units.includes(obs.unit))
    )
      report(at('unit'), `unit "${obs.unit}" is not a count unit (indicator "${indicator.key}")`);
    obs.entityIds.forEach((id, j) => mustExist(entities, 'entity', id, at('entityIds', j)));
    checkEvidence(obs.evidence, at('evidence'));
    const printed = obs.printed ?? String(obs.value);
    if (!obs.evidence.quote.includes(printed))
      report(at('evidence', 'quote'), `the quote does not contain the printed value "${printed}"`);

    if (obs.partOf !== null) {
      const whole = byId(obs.partOf);
      if (!whole) mustExist(observations, 'observation', obs.partOf, at('partOf'));
      else if (whole.id === obs.id) report(at('partOf'), 'an observation cannot be part of itself');
      else if (whole.parkId !== obs.parkId || whole.unit !== obs.unit)
        report(at('partOf'), `"${whole.id}" has another park or unit, so this cannot be a part of it`);
    }
    obs.comparisons.forEach((c, j) => {
      const path = at('comparisons', j, 'observationId');
      const other = byId(c.observationId);
      if (!other) return mustExist(observations, 'observation', c.observationId, path);
      if (other.parkId !== obs.parkId) return report(path, `"${other.id}" belongs to another park`);
      if (c.kind === 'growth-since' || c.kind === 'reduction-rate') {
        if (other.unit !== 'percent')
          report(path, `a ${c.kind} must point at a percentage, "${other.id}" is not one`);
      } else if (other.unit !== obs.unit) {
        report(path, `"${other.id}" is measured in ${other.unit}, this figure in ${obs.unit}`);
      } else if (c.kind === 'raised-from' && !(absoluteValue(other) < absoluteValue(obs))) {
        report(path, `raised from ${other.value} to ${obs.value} is not a rise`);
      } else if (c.kind === 'reduced-from' && !(absoluteValue(other) > absoluteValue(obs))) {
        report(path, `reduced from ${other.value} to ${obs.value} is not a reduction`);
      }
    });
    // A stated reduction rate must agree with the before and after figures it summarises.
    const before = obs.comparisons.find((c) => c.kind === 'reduced-from');
    const rate = obs.comparisons.find((c) => c.kind === 'reduction-rate');
    const beforeObs = before && byId(before.observationId);
    const rateObs = rate && byId(rate.observationId);
    if (beforeObs && rateObs && rateObs.unit === 'percent') {
      const computed = ((absoluteValue(beforeObs) - absoluteValue(obs)) / absoluteValue(beforeObs)) * 100;
      if (!near(computed, rateObs.value, 0.05))
        report(
          at('comparisons'),
          `${beforeObs.value} → ${obs.value} is ${computed.toFixed(2)}% less, not ${rateObs.value}%`,
        );
    }
  });

  // Breakdowns: parts never exceed their whole, and add up to it where the page lists every part.
  const partsOf = new Map<string, Observation[]>();
  for (const obs of data.observations) {
    if (obs.partOf !== null) partsOf.set(obs.partOf, [...(partsOf.get(obs.partOf) ?? []), obs]);
  }
  for (const [wholeId, parts] of partsOf) {
    const whole = byId(wholeId);
    if (!whole) continue;
    const sum = parts.reduce((total, p) => total + absoluteValue(p), 0);
    const i = observations.get(wholeId) as number;
    const total = absoluteValue(whole);
    if (whole.partsComplete ? !near(sum, total, 1e-6 * total) : sum > total * (1 + 1e-9))
      report(
        ['observations', i, 'partsComplete'],
        `parts (${parts.map((p) => p.id).join(', ')}) add up to ${sum}, the whole is ${total}`,
      );
  }
  data.observations.forEach((obs, i) => {
    if (obs.partsComplete && !partsOf.has(obs.id))
      report(
        ['observations', i, 'partsComplete'],
        'marked as fully broken down, but no observation is part of it',
      );
  });

  data.events.forEach((event, i) => {
    if (event.parkId !== null) mustExist(parks, 'park', event.parkId, ['events', i, 'parkId']);
    event.entityIds.forEach((id, j) => mustExist(entities, 'entity', id, ['events', i, 'entityIds', j]));
    event.observationIds.forEach((id, j) =>
      mustExist(observations, 'observation', id, ['events', i, 'observationIds', j]),
    );
    checkEvidence(event.evidence, ['events', i, 'evidence']);
  });
  data.entities.forEach((entity, i) => {
    entity.parkIds.forEach((id, j) => mustExist(parks, 'park', id, ['entities', i, 'parkIds', j]));
    checkEvidence(entity.evidence, ['entities', i, 'evidence']);
  });

  return problems;
}
