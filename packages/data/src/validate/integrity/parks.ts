import type { IntegrityContext } from './context.js';

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

/** Division codes, the park's article, its leading industries and its highlighted figures. */
export function checkParks({ data, ids, report, mustExist, observationById }: IntegrityContext): void {
  data.parks.forEach((park, i) => {
    divisionProblems(park.province.code, park.city.code).forEach(([field, message]) =>
      report(['parks', i, field, 'code'], message),
    );
    if (park.articleId !== null) mustExist('articles', park.articleId, ['parks', i, 'articleId']);
    const article = data.articles[ids.articles.get(park.articleId ?? '') ?? -1];
    if (article && article.parkId !== park.id)
      report(
        ['parks', i, 'articleId'],
        `article "${article.id}" is about "${article.parkId}", not "${park.id}"`,
      );
    park.leadingIndustries.forEach((industry, j) => {
      const path = ['parks', i, 'leadingIndustries', j, 'entityId'];
      mustExist('entities', industry.entityId, path);
      const entity = data.entities[ids.entities.get(industry.entityId) ?? -1];
      if (entity && entity.type !== 'industry')
        report(path, `entity "${entity.id}" is a ${entity.type}, not an industry`);
    });
    park.highlights.forEach((h, j) => {
      if (h.observationId === undefined) return;
      const path = ['parks', i, 'highlights', j, 'observationId'];
      mustExist('observations', h.observationId, path);
      const obs = observationById(h.observationId);
      if (obs && obs.parkId !== park.id) report(path, `observation "${obs.id}" belongs to "${obs.parkId}"`);
    });
  });
}
