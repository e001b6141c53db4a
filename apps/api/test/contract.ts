/**
 * The served OpenAPI document as the judge of responses, and as the source of requests. Nothing here copies
 * the document: the validator compiles the schemas of `/openapi.json` as fetched from the server under test
 * (ajv, JSON Schema 2020-12, as OpenAPI 3.1 specifies), and the request generator reads its parameters.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';

type Json = Record<string, unknown>;
export interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema: Json;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<
    string,
    { content?: Record<string, unknown>; headers?: Record<string, { required?: boolean }> }
  >;
}
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, { get?: Operation }>;
  components?: Json;
}

const escapePointer = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

export interface Contract {
  document: OpenApiDocument;
  /** The documented operation a request path falls on, or undefined for undocumented paths. */
  operationOf(path: string): { template: string; operation: Operation } | undefined;
  /** Every way a response breaks the document; empty when it conforms. */
  violations(method: string, target: string, status: number, headers: Headers, body: string): string[];
}

export function createContract(document: OpenApiDocument): Contract {
  const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
  ajv.addSchema(document, 'openapi.json');
  // A literal path wins over a template that also matches it (`/v1/parks/resolve` over `/v1/parks/{id}`).
  const templates = Object.entries(document.paths)
    .flatMap(([template, item]) =>
      item.get ? [{ template, operation: item.get, pattern: templateRegExp(template) }] : [],
    )
    .sort((a, b) => parameterCount(a.template) - parameterCount(b.template));
  const validators = new Map<string, ReturnType<typeof ajv.getSchema>>();

  function validatorOf(pointer: string) {
    if (!validators.has(pointer)) validators.set(pointer, ajv.getSchema(`openapi.json#${pointer}`));
    return validators.get(pointer);
  }

  function operationOf(path: string) {
    const found = templates.find((t) => t.pattern.test(path));
    return found && { template: found.template, operation: found.operation };
  }

  function violations(method: string, target: string, status: number, headers: Headers, body: string) {
    const path = target.split('?')[0] ?? target;
    const where = `${method} ${target.slice(0, 160)} → ${status}`;
    if (status >= 500) return [`${where}: server error`];
    const found = operationOf(path);
    if (!found) {
      // Undocumented paths (/openapi.json, /docs, unknown ones) may only answer as the document's problems.
      if (status < 400) return [];
      return problemBodyViolations(where, headers, body);
    }
    if (method === 'OPTIONS' || status === 304 || status === 405) return [];
    const response = found.operation.responses[String(status)];
    if (!response) return [`${where}: status ${status} is not documented for ${found.template}`];
    const problems: string[] = [];
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      if (header.required && !headers.has(name)) problems.push(`${where}: header ${name} is missing`);
    }
    const mediaType = (headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    const content = response.content ?? {};
    if (!(mediaType in content)) {
      return [...problems, `${where}: content type ${mediaType} is not documented (${Object.keys(content)})`];
    }
    if (method === 'HEAD') return problems;
    const pointer = `/paths/${escapePointer(found.template)}/get/responses/${status}/content/${escapePointer(mediaType)}/schema`;
    const validate = validatorOf(pointer);
    if (!validate) return [...problems, `${where}: no schema at ${pointer}`];
    let data: unknown = body;
    if (mediaType.endsWith('json')) {
      try {
        data = JSON.parse(body);
      } catch {
        return [...problems, `${where}: body is not JSON`];
      }
    }
    if (!validate(data)) {
      problems.push(`${where}: ${ajv.errorsText(validate.errors?.slice(0, 3), { dataVar: 'body' })}`);
    }
    return problems;
  }

  function problemBodyViolations(where: string, headers: Headers, body: string): string[] {
    const mediaType = (headers.get('content-type') ?? '').split(';')[0]?.trim();
    if (mediaType !== 'application/problem+json') return [`${where}: content type ${mediaType}`];
    if (body === '') return [];
    const validate = validatorOf('/components/schemas/Problem');
    if (!validate) return [`${where}: the document has no Problem schema`];
    return validate(JSON.parse(body)) ? [] : [`${where}: ${ajv.errorsText(validate.errors)}`];
  }

  return { document, operationOf, violations };
}

function parameterCount(template: string): number {
  return template.split('/').filter((part) => /^\{.+\}$/.test(part)).length;
}

function templateRegExp(template: string): RegExp {
  const source = template
    .split('/')
    .map((part) => (/^\{.+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/** A value the parameter's schema accepts, as the string sent on the wire. */
export function validValue(parameter: Parameter): fc.Arbitrary<string> {
  const schema = parameter.schema;
  if (schema.type === 'array') {
    const items = schema.items as Json;
    return fc
      .uniqueArray(scalarValue(items), { minLength: Number(schema.minItems ?? 0), maxLength: 4 })
      .filter((values) => values.length > 0)
      .map((values) => values.join(','));
  }
  return scalarValue(schema);
}

function scalarValue(schema: Json): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum.map(String));
  if (schema.type === 'integer') {
    return fc
      .integer({ min: Number(schema.minimum ?? -1e6), max: Number(schema.maximum ?? 1e6) })
      .map(String);
  }
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({
    minLength: Number(schema.minLength ?? 0),
    maxLength: Math.min(Number(schema.maxLength ?? 40), 40),
    unit: fc.constantFrom('a', 'Z', '0', ' ', '-', '尼', '龙', '😀', '%', '&', '='),
  });
}

/** A value the parameter's schema rejects, when there is one to give. */
export function invalidValue(parameter: Parameter): fc.Arbitrary<string> | undefined {
  const schema = parameter.schema;
  const items = (schema.type === 'array' ? schema.items : schema) as Json;
  const options: fc.Arbitrary<string>[] = [];
  if (Array.isArray(items.enum)) {
    const allowed = new Set(items.enum.map(String));
    options.push(fc.stringMatching(/^[a-z0-9-]{1,12}$/).filter((v) => !allowed.has(v)));
  }
  if (items.type === 'integer') {
    const max = Number(items.maximum ?? 1e6);
    const min = Number(items.minimum ?? -1e6);
    options.push(
      fc.integer({ min: max + 1, max: max + 1e6 }).map(String),
      fc.integer({ min: min - 1e6, max: min - 1 }).map(String),
      fc.constantFrom('ten', '1.5', '1e2', ''),
    );
  }
  if (typeof items.pattern === 'string') {
    const re = new RegExp(items.pattern);
    options.push(fc.string({ maxLength: 12 }).filter((v) => !re.test(v)));
  }
  if (typeof items.maxLength === 'number') {
    options.push(fc.constant('x'.repeat(items.maxLength + 1)));
  }
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

export function encodeQuery(entries: [string, string][]): string {
  return entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

export { escapePointer };
