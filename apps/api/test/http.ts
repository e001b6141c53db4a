import { request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends a request with the path exactly as given (no URL normalisation, unlike `fetch`), so traversal and
 * malformed escapes reach the server as written.
 */
export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, method, path, headers: { connection: 'close', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Asserts the invariant of every answer: no 5xx, and every error is RFC 9457 problem+json. */
export function problemViolation(method: string, path: string, res: RawResponse): string | undefined {
  const where = `${method} ${path.slice(0, 120)} → ${res.status}`;
  if (res.status >= 500) return `${where}: server error ${res.body.slice(0, 200)}`;
  if (res.status < 400) return undefined;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return `${where}: content-type ${type}`;
  if (method === 'HEAD') return undefined;
  let body: { type?: unknown; title?: unknown; status?: unknown; detail?: unknown };
  try {
    body = JSON.parse(res.body);
  } catch {
    return `${where}: body is not JSON: ${res.body.slice(0, 120)}`;
  }
  if (body.status !== res.status) return `${where}: problem status ${String(body.status)}`;
  if (typeof body.type !== 'string' || typeof body.title !== 'string' || typeof body.detail !== 'string') {
    return `${where}: problem lacks type/title/detail`;
  }
  if (/\bat .+:\d+:\d+/.test(res.body)) return `${where}: body contains a stack trace`;
  return undefined;
}
