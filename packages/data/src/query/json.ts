/** `T` with `readonly` removed at every depth: the type a serialiser's signature may ask for. */
export type Writable<T> = T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;

/**
 * The same value, typed for APIs that declare mutable JSON types (Hono's typed `c.json`, say). Nothing
 * is copied: a frozen record stays frozen, so this only serves code that reads or serialises.
 */
export function asJson<T>(value: T): Writable<T> {
  return value as Writable<T>;
}
