/** Content codings the API can precompute, best first. */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

function qualities(acceptEncoding: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const range of acceptEncoding.split(',')) {
    const [name = '', ...params] = range.trim().toLowerCase().split(';');
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') q = Number(value);
    }
    if (name && Number.isFinite(q)) result.set(name.trim(), q);
  }
  return result;
}

/**
 * The coding to send, RFC 9110 §12.5.3: the available one the client weighs highest (brotli on a tie),
 * `*` standing for codings it does not name; `undefined` means the identity (uncompressed) body.
 */
export function chooseEncoding(
  acceptEncoding: string | null | undefined,
  available: readonly Encoding[],
): Encoding | undefined {
  if (!acceptEncoding || available.length === 0) return undefined;
  if (acceptEncoding.length > MEMO_KEY_LENGTH) return negotiate(acceptEncoding, available);
  // Clients send a handful of distinct headers; parsing one cost about half of a stored answer's time.
  const key = `${available.length === ENCODINGS.length ? '*' : available.join()}\n${acceptEncoding}`;
  if (chosen.has(key)) return chosen.get(key);
  const encoding = negotiate(acceptEncoding, available);
  if (chosen.size >= MEMO_SIZE) chosen.clear();
  chosen.set(key, encoding);
  return encoding;
}

/** At most this many header values are remembered, none longer than `MEMO_KEY_LENGTH`. */
const MEMO_SIZE = 256;
const MEMO_KEY_LENGTH = 200;
const chosen = new Map<string, Encoding | undefined>();

function negotiate(acceptEncoding: string, available: readonly Encoding[]): Encoding | undefined {
  const q = qualities(acceptEncoding);
  let best: Encoding | undefined;
  let bestQ = 0;
  for (const encoding of ENCODINGS) {
    if (!available.includes(encoding)) continue;
    const weight = q.get(encoding) ?? (encoding === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
    if (weight > bestQ) {
      best = encoding;
      bestQ = weight;
    }
  }
  return best;
}
