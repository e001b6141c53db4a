import type { DeepReadonly } from './records.js';

/**
 * Freezes a JSON value and everything in it, so one consumer cannot change the records another one
 * reads. JSON has no cycles, so plain recursion is enough.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof child === 'object' && child !== null) deepFreeze(child);
    }
  }
  return value as DeepReadonly<T>;
}
