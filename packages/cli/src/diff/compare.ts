import { idOf } from '../data-package.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';
export type ChangeClass = 'breaking' | 'additive' | 'patch';

export interface FieldChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  from?: unknown;
  to?: unknown;
}

export interface CollectionDiff {
  name: string;
  status: 'added' | 'removed' | 'kept';
  added: string[];
  removed: string[];
  renamed: { from: string; to: string }[];
  changed: { id: string; fields: FieldChange[] }[];
}

/** A change of what the records of a collection look like, read from the records themselves. */
export interface ShapeChange {
  collection: string;
  path: string;
  change: 'field-added' | 'field-removed' | 'type-narrowed' | 'type-widened' | 'type-changed';
  from: string[];
  to: string[];
}

export interface Change {
  class: ChangeClass;
  collection: string;
  id?: string;
  path?: string;
  what: string;
}

export interface DatasetDiff {
  collections: CollectionDiff[];
  shape: ShapeChange[];
  changes: Change[];
  bump: Bump;
}

type Json = Record<string, unknown>;

const jsonType = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;

/** A collection as id → record: arrays by each record's `id` (or `key`), a single record by its id. */
function recordsOf(value: unknown, name: string): Map<string, unknown> {
  const records = Array.isArray(value) ? value : [value];
  return new Map(records.map((r, i) => [idOf(r) ?? (Array.isArray(value) ? `#${i}` : name), r]));
}

/** Every field that differs between two versions of a record, by path. */
export function fieldChanges(a: unknown, b: unknown, path = ''): FieldChange[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const ta = jsonType(a);
  if (ta !== jsonType(b) || (ta !== 'object' && ta !== 'array'))
    return [{ path, change: 'changed', from: a, to: b }];
  const join = (key: string | number) =>
    typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  if (ta === 'array') {
    const [xs, ys] = [a as unknown[], b as unknown[]];
    return Array.from({ length: Math.max(xs.length, ys.length) }, (_, i) =>
      i >= xs.length
        ? [{ path: join(i), change: 'added' as const, to: ys[i] }]
        : i >= ys.length
          ? [{ path: join(i), change: 'removed' as const, from: xs[i] }]
          : fieldChanges(xs[i], ys[i], join(i)),
    ).flat();
  }
  const [x, y] = [a as Json, b as Json];
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].flatMap((key) =>
    !(key in y)
      ? [{ path: join(key), change: 'removed' as const, from: x[key] }]
      : !(key in x)
        ? [{ path: join(key), change: 'added' as const, to: y[key] }]
        : fieldChanges(x[key], y[key], join(key)),
  );
}

/** Field path (`evidence.quote`, `notes[].kind`) → the JSON types it takes across a collection. */
export function shapeOf(records: Iterable<unknown>): Map<string, Set<string>> {
  const shape = new Map<string, Set<string>>();
  const visit = (node: unknown, path: string) => {
    if (path) {
      const types = shape.get(path) ?? new Set<string>();
      types.add(jsonType(node));
      shape.set(path, types);
    }
    if (Array.isArray(node)) for (const child of node) visit(child, `${path}[]`);
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) visit(child, path ? `${path}.${key}` : key);
  };
  for (const record of records) visit(record, '');
  return shape;
}

/** `label.en` → `label`, `notes[]` → `notes`, a top-level field → `` (the record itself). */
const parentOf = (path: string) => {
  const stripped = path.replace(/(\.[^.[\]]+|\[\])$/, '');
  return stripped === path ? '' : stripped;
};

function shapeChanges(collection: string, before: Map<string, Set<string>>, after: Map<string, Set<string>>) {
  const changes: ShapeChange[] = [];
  const sorted = (s: Set<string> | undefined) => [...(s ?? [])].sort();
  for (const [path, types] of before) {
    const now = after.get(path);
    if (!now) {
      // A field is gone when objects still sit where it sat; an element path simply has no
      // instance left when every such array is empty, which says nothing about the shape.
      const parent = parentOf(path);
      const parentSeen = parent === '' || after.get(parent)?.has('object');
      if (!path.endsWith('[]') && parentSeen)
        changes.push({ collection, path, change: 'field-removed', from: sorted(types), to: [] });
      continue;
    }
    const lost = [...types].filter((t) => !now.has(t));
    const gained = [...now].filter((t) => !types.has(t));
    if (lost.length === 0 && gained.length === 0) continue;
    const change =
      gained.length === 0 ? 'type-narrowed' : lost.length === 0 ? 'type-widened' : 'type-changed';
    changes.push({ collection, path, change, from: sorted(types), to: sorted(now) });
  }
  for (const [path, types] of after)
    if (!before.has(path) && !path.endsWith('[]') && (parentOf(path) === '' || before.has(parentOf(path))))
      changes.push({ collection, path, change: 'field-added', from: [], to: sorted(types) });
  return changes;
}

const withoutId = (record: unknown) => {
  if (record === null || typeof record !== 'object') return JSON.stringify(record);
  const { id: _id, key: _key, ...rest } = record as Json;
  return JSON.stringify(rest);
};

const BUMP_OF: Record<ChangeClass, Bump> = { breaking: 'major', additive: 'minor', patch: 'patch' };
const ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];
export const maxBump = (bumps: Bump[]): Bump =>
  bumps.reduce<Bump>((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), 'none');
export const bumpAtLeast = (planned: Bump, required: Bump) =>
  ORDER.indexOf(planned) >= ORDER.indexOf(required);

/**
 * What changed between two datasets, by record id per collection, each change classed: an id removed
 * or renamed, a collection or field removed, a type narrowed or changed is breaking (major); a new
 * collection, record or field, or a type widened, is additive (minor); any other edit is a patch.
 */
export function diffDatasets(before: Json, after: Json): DatasetDiff {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((n) => n !== 'version');
  const collections: CollectionDiff[] = [];
  const shape: ShapeChange[] = [];
  const changes: Change[] = [];
  for (const name of names) {
    const diff: CollectionDiff = { name, status: 'kept', added: [], removed: [], renamed: [], changed: [] };
    collections.push(diff);
    if (!(name in after)) {
      diff.status = 'removed';
      changes.push({ class: 'breaking', collection: name, what: `collection "${name}" removed` });
      continue;
    }
    if (!(name in before)) {
      diff.status = 'added';
      changes.push({ class: 'additive', collection: name, what: `collection "${name}" added` });
      continue;
    }
    const [a, b] = [recordsOf(before[name], name), recordsOf(after[name], name)];
    const removed = [...a.keys()].filter((id) => !b.has(id));
    const added = [...b.keys()].filter((id) => !a.has(id));
    for (const from of removed) {
      const to = added.find(
        (id) => !diff.renamed.some((r) => r.to === id) && withoutId(b.get(id)) === withoutId(a.get(from)),
      );
      if (to) diff.renamed.push({ from, to });
    }
    diff.removed = removed.filter((id) => !diff.renamed.some((r) => r.from === id));
    diff.added = added.filter((id) => !diff.renamed.some((r) => r.to === id));
    for (const [id, record] of a) {
      if (!b.has(id)) continue;
      const fields = fieldChanges(record, b.get(id));
      if (fields.length > 0) diff.changed.push({ id, fields });
    }
    for (const r of diff.renamed)
      changes.push({
        class: 'breaking',
        collection: name,
        id: r.from,
        what: `id "${r.from}" renamed to "${r.to}"`,
      });
    for (const id of diff.removed)
      changes.push({ class: 'breaking', collection: name, id, what: `id "${id}" removed` });
    for (const id of diff.added)
      changes.push({ class: 'additive', collection: name, id, what: `id "${id}" added` });
    for (const c of diff.changed)
      changes.push({
        class: 'patch',
        collection: name,
        id: c.id,
        what: `"${c.id}" changed: ${c.fields.map((f) => f.path || '(value)').join(', ')}`,
      });
    const shapeDiff = shapeChanges(name, shapeOf(a.values()), shapeOf(b.values()));
    shape.push(...shapeDiff);
    for (const s of shapeDiff) {
      const breaking =
        s.change === 'field-removed' || s.change === 'type-narrowed' || s.change === 'type-changed';
      const types = s.change.startsWith('type') ? ` (${s.from.join('|')} → ${s.to.join('|')})` : '';
      changes.push({
        class: breaking ? 'breaking' : 'additive',
        collection: name,
        path: s.path,
        what: `${name}.${s.path}: ${s.change.replace('-', ' ')}${types}`,
      });
    }
  }
  return { collections, shape, changes, bump: maxBump(changes.map((c) => BUMP_OF[c.class])) };
}
