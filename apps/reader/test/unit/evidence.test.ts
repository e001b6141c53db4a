import { formatValue, observations } from '@hitech/data';
import { describe, expect, test } from 'vitest';
import { markFigure } from '../../src/lib/server/evidence';

describe('the evidence quote with its figure marked', () => {
  test('the three parts always give back the whole quote', () => {
    for (const o of observations) {
      const { before, figure, after } = markFigure(o);
      expect(before + figure + after, o.id).toBe(o.evidence.quote);
    }
  });

  test('wherever the quote writes the number in digits, the mark holds that number', () => {
    const withDigits = observations.filter((o) => o.evidence.quote.includes(String(o.value)));
    expect(withDigits.length).toBeGreaterThan(observations.length / 2);
    for (const o of withDigits) {
      const { figure } = markFigure(o);
      expect(figure, o.id).toContain(String(o.value));
    }
  });

  test('the mark prefers the figure with its unit, even where the same digits come earlier', () => {
    const o = observations.find((x) => x.evidence.quote === '签约32个,总投资32亿元' && x.unitMult > 0);
    expect(o, 'a quote with the same number twice').toBeDefined();
    if (!o) return;
    const zh = formatValue(o, 'zh-CN');
    expect(markFigure(o)).toEqual({ before: '签约32个,总投资', figure: zh, after: '' });
  });

  test('a quote that writes the number in words is shown whole, with nothing marked', () => {
    const o = observations.find((x) => x.id === 'pds-alliance-enterprises');
    expect(o).toBeDefined();
    if (o) expect(markFigure(o)).toEqual({ before: o.evidence.quote, figure: '', after: '' });
  });
});
