/**
 * `id → record`: a known id (a literal of the generated union) gives the record, any other string
 * gives the record or `undefined`, so untrusted input can be looked up without a cast.
 */
export interface Lookup<Id extends string, T> {
  (id: Id): T;
  (id: string): T | undefined;
}

/** A lazily built look-up, so importing the package costs nothing until a look-up is made. */
export function lookupBy<T, K extends keyof T>(
  records: readonly T[],
  key: K,
): Lookup<Extract<T[K], string>, T> {
  let index: Map<unknown, T> | undefined;
  return ((id: string) => {
    index ??= new Map(records.map((record) => [record[key], record]));
    return index.get(id);
  }) as Lookup<Extract<T[K], string>, T>;
}
