import type { IntegrityContext } from './context.js';

/** Each article's park and source, and the evidence of its headline, reporter, credits and notes. */
export function checkArticles({ data, ids, report, mustExist, checkEvidence }: IntegrityContext): void {
  // A set, not a scan of the sources per article: both collections grow with the corpus.
  const stored = new Set(data.sources.filter((s) => s.storage === 'stored').map((s) => s.id));
  data.articles.forEach((article, i) => {
    mustExist('parks', article.parkId, ['articles', i, 'parkId']);
    if (data.parks[ids.parks.get(article.parkId) ?? -1]?.articleId !== article.id)
      report(['articles', i, 'parkId'], `park "${article.parkId}" does not point back at this article`);
    if (!stored.has(article.sourceId))
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
}
