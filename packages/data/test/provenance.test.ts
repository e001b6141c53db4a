/**
 * Provenance: every quote sits at its offsets in the column page and carries its figure, and every
 * number printed in the page is accounted for. The page is read from ../shared/seed/ (or
 * HITECH_SEED_DIR); it is never copied into the repository, so where it is absent these tests skip,
 * except under CI, where a missing page fails the run.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeed, seedPath } from '../scripts/seed.js';
import { dataset } from '../src/data/index.js';
import { validateDataset } from '../src/validate/dataset.js';
import { allEvidence } from './fixtures.js';
import { inputMissing } from './require-input.js';

const text = readSeed();
const missing = text === null && inputMissing('the column page', `expected at ${seedPath()}`);
const page = dataset.sources.find((s) => s.storage === 'stored');

describe.skipIf(missing)('provenance against the column page', () => {
  const pageText = text ?? '';

  it('has the SHA-256 and length recorded in its source record', () => {
    const sha256 = createHash('sha256').update(readFileSync(seedPath())).digest('hex');
    expect(page?.storage === 'stored' && page.sha256).toBe(sha256);
    expect(page?.storage === 'stored' && page.length).toBe(text?.length);
  });

  it('finds every quote of every collection at its offsets', () => {
    const evidence = allEvidence(dataset);
    expect(evidence.length).toBeGreaterThan(dataset.observations.length + dataset.entities.length);
    const misplaced = evidence
      .filter(({ evidence: e }) => pageText.slice(e.start, e.end) !== e.quote)
      .map(({ where, evidence: e }) => `${where}: ${JSON.stringify(pageText.slice(e.start, e.end))}`);
    expect(misplaced).toEqual([]);
  });

  it('keeps every quote within 40 characters', () => {
    const long = allEvidence(dataset).filter(({ evidence: e }) => e.quote.length > 40);
    expect(long.map((l) => l.where)).toEqual([]);
  });

  it('quotes the printed value of every observation', () => {
    const missing = dataset.observations.filter(
      (o) => !o.evidence.quote.includes(o.printed ?? String(o.value)),
    );
    expect(missing.map((o) => o.id)).toEqual([]);
  });

  it('passes validateDataset with the page text', () => {
    const result = validateDataset(dataset, {
      sourceTexts: { [page?.id ?? '']: pageText },
      requireSourceTexts: true,
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  /**
   * Numbers in the page that are not figures about a zone, each with the reason. A context must occur
   * in the page; every other number must lie inside the evidence of an observation or an event.
   */
  const notFigures: [context: string, reason: string][] = [
    ['实施一年多来', 'time since the opinion was issued: used for the reference year'],
    ['世界500强企业', 'the name of a ranking (Fortune Global 500)'],
    ['今年1-10月', 'the period of the Pingdingshan investment figures (their period field)'],
    ['较2020年分别增长', 'base period of two growth rates (comparisons[].basePeriod)'],
    ['建设了一批国家', 'an indefinite quantity (一批)'],
    ['形成了一批拥有', 'an indefinite quantity (一批)'],
    ['G60科创走廊', 'part of a name'],
    ['“四个面向”', 'the name of a guideline'],
    ['“四个坚持”', 'the name of the four commitments in the headline'],
    ['2020年以来,成功', 'the period of sq-new-rnd-institutions'],
    ['第四批江苏省', 'an ordinal in the name of a list'],
    ['近两年,园区', 'a vague time span with no figure attached'],
  ];

  it('accounts for every number printed in the page', () => {
    const spans = [...dataset.observations, ...dataset.events].map((r) => r.evidence);
    const excused = notFigures.map(([context]) => {
      const at = pageText.indexOf(context);
      expect(at, `context ${context} is not in the page`).toBeGreaterThanOrEqual(0);
      return { start: at, end: at + context.length };
    });
    const numeral = /[0-9]+(?:\.[0-9]+)?|[一两二三四五六七八九十百千万]+(?=[个家项批方年亿天人])/g;
    const unaccounted = [...pageText.matchAll(numeral)]
      .map((m) => ({ start: m.index, end: m.index + m[0].length }))
      .filter((n) => ![...spans, ...excused].some((s) => s.start <= n.start && n.end <= s.end))
      .map((n) => pageText.slice(Math.max(0, n.start - 6), n.end + 6));
    expect(unaccounted).toEqual([]);
  });
});
