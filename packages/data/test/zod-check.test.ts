import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataset } from '../src/data/index.js';
import { Dataset } from '../src/schema/dataset.js';
import { validateDataset } from '../src/validate/dataset.js';
import { parseDataset } from '../src/validate/dataset-shape.js';
import { compileCheck, UnsupportedSchema } from '../src/validate/zod-check.js';
import { copyOfDataset } from './fixtures.js';

/** The fast check and zod on the same input: the check may say no where zod says yes, never the reverse. */
function verdicts(schema: z.ZodType, input: unknown) {
  return { fast: compileCheck(schema)(input), zod: schema.safeParse(input, { jitless: true }).success };
}

describe('compileCheck mirrors zod on each construct it supports', () => {
  const cases: [string, z.ZodType, unknown[], unknown[]][] = [
    [
      'string lengths in code points, as zod counts them',
      z.string().min(2).max(3),
      ['ab', 'abc', '𠮷𠮷', '𠮷𠮷𠮷'],
      ['a', 'abcd', '𠮷', '𠮷𠮷𠮷𠮷', 1, null],
    ],
    ['a regex, even a global one', z.string().regex(/^a+$/g), ['a', 'aa', 'aaa'], ['b', '', 'ab']],
    [
      'finite numbers and bounds',
      z.number().nonnegative().lt(10),
      [0, 9.5],
      [-1, 10, Number.NaN, Number.POSITIVE_INFINITY, '1'],
    ],
    ['safe integers', z.number().int().positive(), [1, 2 ** 53 - 1], [0, 1.5, 2 ** 53, Number.NaN]],
    ['literals and enums', z.union([z.literal(0), z.enum(['a', 'b'])]), [0, 'a', 'b'], [1, 'c', false]],
    ['nullable and optional', z.string().nullable().optional(), [null, undefined, 'x'], [0]],
    [
      'strict objects: no unknown key, no missing required key',
      z.strictObject({ a: z.string(), b: z.number().optional() }),
      [{ a: 'x' }, { a: 'x', b: 1 }],
      [{}, { a: 'x', c: 1 }, { a: 'x', b: 'y' }, [], null, 'x'],
    ],
    [
      'arrays with a minimum',
      z.array(z.boolean()).min(1),
      [[true], [true, false]],
      [[], [1], [true, 'x'], {}],
    ],
    [
      'discriminated unions',
      z.discriminatedUnion('k', [
        z.strictObject({ k: z.literal('a'), a: z.string() }),
        z.strictObject({ k: z.literal('b'), b: z.number() }),
      ]),
      [
        { k: 'a', a: 'x' },
        { k: 'b', b: 1 },
      ],
      [{ k: 'a', b: 1 }, { k: 'c' }, { k: 'b', a: 'x' }],
    ],
    ['exclusive unions', z.xor([z.string().min(1), z.string().max(3)]), ['abcd', ''], ['ab']],
    [
      'refinements, run by zod on a value of the right shape',
      z.strictObject({ from: z.number(), to: z.number() }).refine((r) => r.from <= r.to),
      [{ from: 1, to: 2 }],
      [
        { from: 2, to: 1 },
        { from: 'x', to: 1 },
      ],
    ],
    [
      'string formats, handed to zod',
      z.url({ protocol: /^https?$/ }),
      ['https://a.cn/x'],
      ['ftp://a.cn', 'x'],
    ],
  ];
  describe.each(cases)('%s', (_, schema, valid, invalid) => {
    it.each(valid.map((v) => [v]))('accepts %j as zod does', (input) => {
      expect(verdicts(schema, input)).toEqual({ fast: true, zod: true });
    });
    it.each(invalid.map((v) => [v]))('rejects %j as zod does', (input) => {
      expect(verdicts(schema, input)).toEqual({ fast: false, zod: false });
    });
  });

  it('turns down a key set to undefined or an unknown key of a stripping object (zod decides)', () => {
    expect(verdicts(z.strictObject({ a: z.string().optional() }), { a: undefined })).toEqual({
      fast: false,
      zod: true,
    });
    expect(verdicts(z.object({ a: z.string() }), { a: 'x', b: 1 })).toEqual({ fast: false, zod: true });
  });

  it.each([
    ['a transform', z.string().transform((s) => s.length)],
    ['a default', z.strictObject({ a: z.string().default('x') })],
    ['a catch-all', z.object({}).catchall(z.string())],
    ['a record', z.record(z.string(), z.number())],
    ['a trimming string', z.string().trim()],
  ])('refuses a schema with %s, which would change its input', (_, schema) => {
    expect(() => compileCheck(schema)).toThrow(UnsupportedSchema);
  });
});

/** Every place in a JSON value: the parent and the key. */
function places(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push([value, i]);
      places(v, out);
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      places(v, out);
    }
  return out;
}

describe('compileCheck(Dataset) on the dataset', () => {
  it('accepts the shipped dataset, and validateDataset then returns the input itself', () => {
    expect(compileCheck(Dataset)(dataset)).toBe(true);
    const result = validateDataset(dataset);
    expect(result.ok && result.value).toBe(dataset);
  });

  it('never accepts a broken copy that zod rejects, and agrees with zod on nearly all of them', () => {
    const data = copyOfDataset();
    const check = compileCheck(Dataset);
    const zodAccepts = () => Dataset.safeParse(data, { jitless: true }).success;
    const all = places(data);
    const damages: ((v: unknown) => unknown)[] = [
      () => undefined,
      () => null,
      () => '',
      () => 'Not A Slug',
      () => -1,
      () => 1.5,
      () => Number.POSITIVE_INFINITY,
      () => true,
      () => [],
      () => ({}),
      (v) => (typeof v === 'string' ? `${v}x`.repeat(30) : v),
      (v) => (typeof v === 'number' ? v + 1 : v),
      (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, extra: 1 } : v),
    ];
    // 150 places spread over the dataset, each with every kind of damage (about 2,000 datasets): zod
    // runs wherever the check says yes, and on every 10th of the others to see how often they differ.
    let rejected = 0;
    let sampled = 0;
    let fastOnly = 0;
    const step = Math.ceil(all.length / 150);
    for (let p = 0; p < all.length; p += step) {
      const [parent, key] = all[p] as [Record<string | number, unknown>, string | number];
      const original = parent[key];
      for (const damage of damages) {
        parent[key] = damage(original);
        if (check(data)) {
          if (!zodAccepts()) throw new Error(`the fast check accepts what zod rejects at ${String(key)}`);
        } else if (rejected++ % 10 === 0) {
          sampled++;
          if (zodAccepts()) fastOnly++;
        }
      }
      parent[key] = original;
    }
    expect(sampled).toBeGreaterThan(100);
    // A "no" that zod turns into a yes (a key set to undefined) costs only time: it stays rare.
    expect(fastOnly).toBeLessThan(sampled / 10);
    expect(check(data)).toBe(true);
  });

  it('hands invalid input to zod, so every problem keeps its message and path', () => {
    const data = copyOfDataset() as unknown as { parks: { registry: { approved: string } }[] };
    (data.parks[0] as { registry: { approved: string } }).registry.approved = '2021-02-30';
    const parsed = parseDataset(data);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { path: ['parks', 0, 'registry', 'approved'], message: 'names a calendar date that does not exist' },
    ]);
  });
});

describe('compileCheck and inherited keys', () => {
  const schema = z.strictObject({ a: z.string() });
  it('turns down an object whose prototype carries an enumerable key, as zod does', () => {
    const input = Object.assign(Object.create({ extra: 1 }), { a: 'x' });
    expect(verdicts(schema, input)).toEqual({ fast: false, zod: false });
  });
  it('leaves everything to zod while Object.prototype has an enumerable key', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1;
    try {
      expect(verdicts(schema, { a: 'x' })).toEqual({ fast: false, zod: false });
    } finally {
      delete proto.polluted;
    }
    expect(verdicts(schema, { a: 'x' })).toEqual({ fast: true, zod: true });
  });
});
