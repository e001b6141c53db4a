import { describe, expect, it } from 'vitest';
import { entities, observations, parks } from '../src/data/index.js';
import { parseEntity, parseEvent, parseObservation, parsePark } from '../src/validate/records.js';

describe('per-record parsers', () => {
  it('return the typed record for good input', () => {
    const result = parsePark(parks.find((p) => p.id === 'chongqing'));
    expect(result.ok && result.value.name.en).toBe('Chongqing High-Tech Industrial Development Zone');
  });

  it('return every problem with its path for bad input', () => {
    const broken = { ...observations[0], value: 'sixty-two', unit: 'yuan', evidence: { sourceId: 'x' } };
    const result = parseObservation(broken);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['value', 'unit', 'evidence.start', 'evidence.end', 'evidence.quote']),
    );
    for (const problem of result.ok ? [] : result.problems) expect(problem.message.length).toBeGreaterThan(0);
  });

  it('never throw, whatever they are given', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      0,
      Number.NaN,
      '',
      '{"id":"x"}',
      [],
      [[[]]],
      { __proto__: { id: 'pingdingshan' } },
      Object.create(null),
      { id: 'x'.repeat(100_000) },
      new Date(),
      () => 1,
      Symbol('s'),
      BigInt(1),
      { ...entities[0], parkIds: ['pingdingshan', 42] },
    ];
    for (const input of hostile) {
      for (const parse of [parsePark, parseObservation, parseEvent, parseEntity]) {
        const result = parse(input);
        expect(result.ok).toBe(false);
      }
    }
  });
});
