/** `fields=a,b`: keep only some top-level fields of each record. */

export function parseFields(fields: string | undefined): string[] | undefined {
  if (fields === undefined) return undefined;
  return [...new Set(fields.split(','))];
}

export function project<T extends object>(records: readonly T[], fields: string[] | undefined): T[] {
  if (!fields) return records as T[];
  return records.map((record) => {
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      if (field in record) out[field] = (record as Record<string, unknown>)[field];
    }
    return out as T;
  });
}
