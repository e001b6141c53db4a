/** RFC 9457 problem details: the one error format of the API. */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ParameterError {
  /** Where the parameter is: `query` or `path`. */
  in: 'query' | 'path';
  /** The parameter's name. */
  name: string;
  /** Why it was rejected. */
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: ParameterError[];
}

/** The problem types the API emits; each `type` is a URI reference that resolves to its description. */
export const PROBLEM_TYPES = {
  'invalid-parameters': {
    status: 400,
    title: 'Invalid request parameters',
    description:
      'A query or path parameter is unknown, repeated, malformed or out of range; `errors` lists each one.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    description: 'No resource has this path, or no record has this id in the current dataset version.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    description: 'The resource exists but is read-only; the `Allow` header lists the methods it answers.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    description: 'An unexpected failure of the server; the request may be retried.',
  },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

export function problemOf(
  kind: ProblemKind,
  detail: string,
  extra: { instance?: string; errors?: ParameterError[] } = {},
): Problem {
  const { status, title } = PROBLEM_TYPES[kind];
  return { type: `/problems/${kind}`, title, status, detail, ...extra };
}

/** Thrown by handlers; turned into a problem+json response by the app's error handler. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly headers: Record<string, string>;

  constructor(problem: Problem, headers: Record<string, string> = {}) {
    super(problem.detail);
    this.name = 'ProblemError';
    this.problem = problem;
    this.headers = headers;
  }
}

/**
 * A client error Hono raised itself (an `HTTPException` below 500): its own status is kept; the statuses the
 * API documents get their problem type, any other the RFC 9457 default `about:blank`.
 */
export function clientErrorProblem(status: number, message: string, instance: string): Problem {
  const kind = (Object.keys(PROBLEM_TYPES) as ProblemKind[]).find((k) => PROBLEM_TYPES[k].status === status);
  const detail = message ? `${message.replace(/\.?$/, '.')}` : 'The request cannot be answered as sent.';
  if (kind) return problemOf(kind, detail, { instance });
  return { type: 'about:blank', title: `HTTP ${status}`, status, detail, instance };
}

export function notFound(detail: string): ProblemError {
  return new ProblemError(problemOf('not-found', detail));
}

/** Longest request path echoed back in `instance` (hostile input is not reflected in full). */
const MAX_INSTANCE = 300;

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  const body =
    problem.instance && problem.instance.length > MAX_INSTANCE
      ? { ...problem, instance: `${problem.instance.slice(0, MAX_INSTANCE)}…` }
      : problem;
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: {
      'content-type': PROBLEM_CONTENT_TYPE,
      'cache-control': 'no-store',
      ...headers,
    },
  });
}
