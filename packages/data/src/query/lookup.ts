/** A lazily built `id → record` lookup, so importing the package costs nothing until a look-up is made. */
export function lookupBy<T, K extends keyof T>(records: readonly T[], key: K): (id: string) => T | undefined {
  let index: Map<unknown, T> | undefined;
  return (id) => {
    index ??= new Map(records.map((record) => [record[key], record]));
    return index.get(id);
  };
}
