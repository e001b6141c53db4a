import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import {
  clientErrorProblem,
  type ParameterError,
  ProblemError,
  problemOf,
  problemResponse,
} from '../lib/problem.js';

const READ_METHODS = 'GET, HEAD, OPTIONS';

function quoted(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => String(v));
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** A zod issue as the predicate of a sentence whose subject is the parameter ("… is required"). */
function describeIssue(issue: ZodError['issues'][number], raw: unknown): string {
  if (Array.isArray(raw)) return `is given ${raw.length} times; give it at most once`;
  if (issue.code === 'invalid_type' && raw === undefined) return 'is required';
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid option')) {
    return `must be one of ${quoted(issue.values)}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `must be at most ${String(issue.maximum)} characters long`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return `must be at least ${String(issue.minimum)} characters long`;
  }
  const message = issue.message.replace(/^Invalid input: /, '').replace(/\.$/, '');
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}

/** Zod issues of one validation target as a list of failing parameters. */
export function parameterErrors(error: ZodError, location: 'query' | 'path', input: Record<string, unknown>) {
  const errors: ParameterError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ in: location, name: key.slice(0, 100), detail: 'is not a parameter of this endpoint' });
      }
      continue;
    }
    const name = String(issue.path[0] ?? '');
    errors.push({ in: location, name, detail: describeIssue(issue, input[name]) });
  }
  // One entry per parameter: the first reason is the useful one.
  return errors.filter((e, i) => errors.findIndex((o) => o.name === e.name && o.in === e.in) === i);
}

/** `defaultHook` of the OpenAPIHono app: a failed request validation becomes a 400 problem. */
export function validationHook(
  result: { success: true; target: string } | { success: false; target: string; error: ZodError },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const location = result.target === 'param' ? 'path' : 'query';
  const input: Record<string, unknown> =
    location === 'path'
      ? c.req.param()
      : Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  const errors = parameterErrors(result.error, location, input);
  const names = errors.map((e) => `\`${e.name}\``).join(', ');
  const detail =
    errors.length === 1
      ? `The ${location} parameter ${names} ${errors[0]?.detail}.`
      : `${errors.length} ${location} parameters are invalid: ${names}.`;
  return problemResponse(problemOf('invalid-parameters', detail, { instance: c.req.path, errors }));
}

/** Everything thrown ends here: known problems keep their status, anything else is a 500 without internals. */
export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ProblemError) {
    return problemResponse({ ...err.problem, instance: err.problem.instance ?? c.req.path }, err.headers);
  }
  if (err instanceof HTTPException && err.status < 500) {
    return problemResponse(clientErrorProblem(err.status, err.message, c.req.path));
  }
  console.error('Unhandled error', c.req.method, c.req.path, err);
  return problemResponse(problemOf('internal-error', 'The server failed to answer this request.'));
};

/** For routes without a query schema (the OpenAPI document and its docs): any query parameter is unknown. */
export const rejectQuery: MiddlewareHandler = async (c, next) => {
  const names = Object.keys(c.req.queries());
  if (names.length === 0) return next();
  const errors = names.map((name) => ({
    in: 'query' as const,
    name: name.slice(0, 100),
    detail: 'is not a parameter of this endpoint',
  }));
  return problemResponse(
    problemOf('invalid-parameters', `${c.req.path} takes no query parameters.`, {
      instance: c.req.path,
      errors,
    }),
  );
};

type RouteLister = () => readonly { method: string; path: string }[];

/** Unknown path: 404. Known path with another method: 405 with `Allow`. */
export function notFoundOrMethodNotAllowed(listRoutes: RouteLister): NotFoundHandler {
  let patterns: RegExp[] | undefined;
  return (c) => {
    patterns ??= listRoutes()
      .filter((r) => r.method === 'GET' && !r.path.includes('*'))
      .map((r) => {
        const source = r.path
          .split('/')
          .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/');
        return new RegExp(`^${source}$`);
      });
    const path = c.req.path;
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && patterns.some((p) => p.test(path))) {
      return problemResponse(
        problemOf(
          'method-not-allowed',
          `${c.req.method} is not allowed on ${path.slice(0, 200)}; it is read-only.`,
          {
            instance: path.slice(0, 200),
          },
        ),
        { allow: READ_METHODS },
      );
    }
    return problemResponse(
      problemOf('not-found', `Nothing is served at ${path.slice(0, 200)}; see /v1 for the resources.`, {
        instance: path.slice(0, 200),
      }),
    );
  };
}
