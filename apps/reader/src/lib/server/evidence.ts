import { formatValue, type Observation } from '@hitech/data';

/** An evidence quote cut around the figure it carries, so the page can mark the figure. */
export interface MarkedQuote {
  before: string;
  figure: string;
  after: string;
}

/**
 * Finds the figure in its quote: as the dataset writes it in Chinese (`62亿元`), without a qualifier
 * word (`超300亿元` → `300亿元`), or as bare digits. A quote that writes the number some other way is
 * shown whole, with nothing marked.
 */
export function markFigure(o: Observation): MarkedQuote {
  const quote = o.evidence.quote;
  const zh = formatValue(o, 'zh-CN');
  const candidates = [zh, zh.replace(/^\D+/, ''), String(o.value)].filter((c) => c.length > 0);
  for (const candidate of candidates) {
    const at = quote.indexOf(candidate);
    if (at >= 0) {
      return { before: quote.slice(0, at), figure: candidate, after: quote.slice(at + candidate.length) };
    }
  }
  return { before: quote, figure: '', after: '' };
}
