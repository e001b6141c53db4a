import type { IntegrityContext } from './context.js';

/** Each article's park and source, and the evidence of its headline, reporter, credits and notes. */
export function checkArticles({ data, report, mustExist, checkEvidence }: IntegrityContext): void {
  data.articles.forEach((article, i) => {
    mustExist('parks', article.parkId, ['articles', i, 'parkId']);
    if (article.sourceId !== data.source.id)
      report(['articles', i, 'sourceId'], `unknown source "${article.sourceId}"`);
    checkEvidence(article.headline.evidence, ['articles', i, 'headline', 'evidence']);
    if (article.reporter) checkEvidence(article.reporter.evidence, ['articles', i, 'reporter', 'evidence']);
    article.imageCredits.forEach((c, j) =>
      checkEvidence(c.evidence, ['articles', i, 'imageCredits', j, 'evidence']),
    );
    article.sourceNotes.forEach((n, j) =>
      checkEvidence(n.evidence, ['articles', i, 'sourceNotes', j, 'evidence']),
    );
  });
}
