/** `fields=a,b`: keep only some top-level fields of each record. */

export function parseFields<K extends string>(fields: readonly K[] | undefined): K[] | undefined {
  return fields === undefined ? undefined : [...new Set(fields)];
}

/** The record with only the named keys (those it has). */
export function pick<T extends object>(record: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (key in record) out[key] = record[key];
  return out;
}

export function project<T extends object>(records: readonly T[], keys: readonly (keyof T)[] | undefined) {
  return keys === undefined ? [...records] : records.map((record) => pick(record, keys));
}

type KeysOfUnion<U> = U extends unknown ? keyof U : never;

/**
 * A union of record kinds seen as one record whose every key is optional: what `fields=` can pick from
 * when a collection holds several kinds (sources: stored or cited).
 */
export type AnyOf<U> = {
  [K in KeysOfUnion<U>]?: U extends unknown ? (K extends keyof U ? U[K] : never) : never;
};
