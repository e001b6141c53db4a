import type { DeepReadonly } from './records.js';

/**
 * Freezes a JSON value and everything in it, so one consumer cannot change the records another one
 * reads. JSON has no cycles, so plain recursion is enough. An index loop for arrays and `for…in` for
 * objects: on the whole dataset at import, 8× faster than iterating `Object.values` (bench note in
 * README).
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object' && child !== null) deepFreeze(child);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      const child: unknown = value[key];
      if (typeof child === 'object' && child !== null) deepFreeze(child);
    }
  }
  return Object.freeze(value) as DeepReadonly<T>;
}
