/** `@hitech/data/schema`: the zod schemas, inferred types and validators, without any data. */
export * from './schema/index.js';
export * from './schema-enums.js';
export * from './validate/dataset.js';
export type { IntegrityOptions } from './validate/integrity/index.js';
export * from './validate/records.js';
export { confidenceBounds } from './validate/registry.js';
export * from './validate/result.js';
export type { SourceTextOptions } from './validate/sources.js';
