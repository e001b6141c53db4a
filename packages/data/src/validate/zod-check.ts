import { core, z } from 'zod';

/** Whether a value is valid; never a message: on `false` the caller asks zod itself for the problems. */
export type Check = (value: unknown) => boolean;

type Node = core.$ZodType;
type ZodCheck = core.$ZodCheck;

/** The fields of zod's definitions this reads (each type has only its own). */
interface Def {
  type: string;
  checks?: ZodCheck[];
  coerce?: boolean;
  format?: string;
  values?: readonly unknown[];
  entries?: Record<string, string | number>;
  innerType?: Node;
  element?: Node;
  options?: readonly Node[];
  discriminator?: string;
  inclusive?: boolean;
  shape?: Record<string, Node>;
  catchall?: Node;
}

/** A construct `compileCheck` does not mirror (its caller then keeps to zod for everything). */
export class UnsupportedSchema extends Error {}

/**
 * Compiles a zod schema into a yes/no check of the same input, built from the schema's own definition
 * (so nothing is declared twice). It is a fast path, not a second validator: it must never accept what
 * zod rejects, and it accepts only input that zod would return unchanged, so a valid input is its own
 * parsed value. It may reject more than zod does (then zod decides, at zod's speed):
 * - strings, numbers, booleans, literals, enums, arrays, nullable, optional, unions and objects with
 *   their length, bound, integer and regex checks are mirrored (zod 4.6 counts a string's length in
 *   code points: so does this, with zod's own counter);
 * - refinements (`.refine`) are zod's own predicates, run after the structure is known to be right;
 * - string formats (`z.url()`, `z.iso.date()`) are handed to zod for that one string;
 * - anything else (transforms, defaults, catch-alls, records, tuples, …) throws `UnsupportedSchema`.
 *
 * Against zod's parse of a whole dataset (`jitless`) it does no allocation on the valid path, which
 * is what makes the first call fast (bench: `validateDataset, first call`).
 */
export function compileCheck(schema: Node): Check {
  const compiled = new Map<Node, Check>();
  const compile = (node: Node): Check => {
    let check = compiled.get(node);
    if (!check) {
      check = withRefinements(node, structureOf(node, compile));
      compiled.set(node, check);
    }
    return check;
  };
  const check = compile(schema);
  return (value) => {
    // An enumerable key on Object.prototype would show in zod's `for…in`: leave such a realm to zod.
    for (const _ in EMPTY) return false;
    return check(value);
  };
}

const EMPTY = /* @__PURE__ */ Object.freeze({});

const isString = (v: unknown) => typeof v === 'string';

function structureOf(node: Node, compile: (node: Node) => Check): Check {
  const def = node._zod.def as unknown as Def;
  if (def.coerce) throw new UnsupportedSchema('coercion');
  switch (def.type) {
    case 'string':
      // A string format (url, date, …) is a node of its own: zod checks that one string.
      if (def.format !== undefined) return (v) => z.safeParse(node, v).success;
      return lengthChecked(isString, def.checks);
    case 'number':
      if (def.format !== undefined) throw new UnsupportedSchema('number format');
      return numberChecked(def.checks);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'literal': {
      const values = new Set(def.values);
      return (v) => values.has(v);
    }
    case 'enum': {
      const values = new Set<unknown>(Object.values(def.entries ?? {}));
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = compile(def.innerType as Node);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      const inner = compile(def.innerType as Node);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      const element = compile(def.element as Node);
      return lengthChecked((v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      }, def.checks);
    }
    case 'union': {
      const options = (def.options ?? []).map(compile);
      // A discriminated union picks its option by the discriminator, which a valid option matches.
      // `z.xor` (exclusive, no discriminator) wants exactly one.
      if (def.inclusive === false && def.discriminator === undefined)
        return (v) => options.filter((option) => option(v)).length === 1;
      return (v) => {
        for (let i = 0; i < options.length; i++) if ((options[i] as Check)(v)) return true;
        return false;
      };
    }
    case 'object':
      return objectCheck(def, compile);
    default:
      throw new UnsupportedSchema(`zod type "${def.type}"`);
  }
}

function objectCheck(def: Def, compile: (node: Node) => Check): Check {
  // Unknown keys: a strict object rejects them; a stripping one would return a value other than its
  // input, so the fast path turns them down too and leaves the verdict to zod.
  if (def.catchall !== undefined && def.catchall._zod.def.type !== 'never')
    throw new UnsupportedSchema('object with a catch-all');
  const shape = def.shape ?? {}; // a getter in zod: read it once
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) throw new UnsupportedSchema('a "__proto__" key');
  const checks = keys.map((k) => compile(shape[k] as Node));
  // zod lets an absent key pass only for a schema that accepts absence (`optin`).
  const mayBeAbsent = keys.map((k) => (shape[k] as Node)._zod.optin !== undefined);
  const n = keys.length;
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    let present = 0;
    for (let i = 0; i < n; i++) {
      const value = record[keys[i] as string];
      if (value === undefined) {
        if (!mayBeAbsent[i]) return false;
      } else if ((checks[i] as Check)(value)) present++;
      else return false;
    }
    // No other key: as many keys as known ones with a value (a key set to undefined makes the count
    // differ, and zod decides). zod looks for unknown keys with `for…in`; with a plain prototype (and
    // Object.prototype unpolluted, checked once per call) that sees exactly the own keys, which
    // `Object.keys` lists from V8's cached key list, cheaper than a `for…in` loop.
    const proto = Object.getPrototypeOf(record);
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.keys(record).length === present;
  };
}

const checkDefs = (checks: readonly ZodCheck[] | undefined) => (checks ?? []).map((c) => c._zod.def);

/** String and array lengths (a string's in code points, as zod counts them) and regexes. */
function lengthChecked(type: Check, checks: readonly ZodCheck[] | undefined): Check {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  for (const c of checkDefs(checks)) {
    if (c.check === 'min_length') min = Math.max(min, (c as core.$ZodCheckMinLengthDef).minimum);
    else if (c.check === 'max_length') max = Math.min(max, (c as core.$ZodCheckMaxLengthDef).maximum);
    else if (c.check === 'length_equals') {
      const { length } = c as core.$ZodCheckLengthEqualsDef;
      min = Math.max(min, length);
      max = Math.min(max, length);
    } else if (c.check === 'string_format' && (c as core.$ZodCheckRegexDef).format === 'regex')
      patterns.push((c as core.$ZodCheckRegexDef).pattern);
    else if (c.check !== 'custom') throw new UnsupportedSchema(`check "${c.check}"`);
  }
  const lengthOk = (v: string | unknown[]) => {
    const units = v.length;
    // A code point is one or two UTF-16 units: only near the bounds does the exact count matter.
    const length =
      typeof v === 'string' && (units < 2 * min || units > max) ? core.util.codePointLength(v) : units;
    return length >= min && length <= max;
  };
  if (patterns.length === 0 && min === 0 && max === Number.POSITIVE_INFINITY) return type;
  // The usual `.min(1)`: a string of one UTF-16 unit or more has a code point or more.
  if (patterns.length === 0 && min <= 1 && max === Number.POSITIVE_INFINITY)
    return (v) => type(v) && (v as string | unknown[]).length >= min;
  if (patterns.length === 0) return (v) => type(v) && lengthOk(v as string | unknown[]);
  return (v) => {
    if (!type(v) || !lengthOk(v as string)) return false;
    for (let i = 0; i < patterns.length; i++) {
      const pattern = patterns[i] as RegExp;
      pattern.lastIndex = 0;
      if (!pattern.test(v as string)) return false;
    }
    return true;
  };
}

/** zod numbers are finite; bounds and `.int()` (a safe integer) as zod checks them. */
function numberChecked(checks: readonly ZodCheck[] | undefined): Check {
  let safeInteger = false;
  const bounds: ((n: number) => boolean)[] = [];
  for (const c of checkDefs(checks)) {
    if (c.check === 'greater_than') {
      const { value, inclusive } = c as core.$ZodCheckGreaterThanDef;
      bounds.push(inclusive ? (n) => n >= Number(value) : (n) => n > Number(value));
    } else if (c.check === 'less_than') {
      const { value, inclusive } = c as core.$ZodCheckLessThanDef;
      bounds.push(inclusive ? (n) => n <= Number(value) : (n) => n < Number(value));
    } else if (c.check === 'number_format' && (c as core.$ZodCheckNumberFormatDef).format === 'safeint')
      safeInteger = true;
    else if (c.check !== 'custom') throw new UnsupportedSchema(`check "${c.check}"`);
  }
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
    if (safeInteger && !Number.isSafeInteger(v)) return false;
    for (let i = 0; i < bounds.length; i++) if (!(bounds[i] as (n: number) => boolean)(v)) return false;
    return true;
  };
}

/** Runs the node's `.refine()` predicates, zod's own, once its structure has passed. */
function withRefinements(node: Node, structure: Check): Check {
  const refinements = (node._zod.def.checks ?? []).filter((c) => c._zod.def.check === 'custom');
  if (refinements.length === 0) return structure;
  return (v) => {
    if (!structure(v)) return false;
    const payload: core.ParsePayload<unknown> = { value: v, issues: [] };
    for (let i = 0; i < refinements.length; i++)
      (refinements[i] as core.$ZodCheck<unknown>)._zod.check(payload);
    return payload.issues.length === 0;
  };
}
