/** The first calendar day an ISO 8601 point (year, month or day) covers. */
export function periodStart(point: string): string {
  if (/^\d{4}$/.test(point)) return `${point}-01-01`;
  if (/^\d{4}-\d{2}$/.test(point)) return `${point}-01`;
  return point;
}

/** Last calendar day a point of an ISO 8601 period covers. */
function periodEnd(point: string): string {
  if (/^\d{4}$/.test(point)) return `${point}-12-31`;
  if (/^\d{4}-\d{2}$/.test(point)) {
    const [y, m] = point.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${point}-${String(last).padStart(2, '0')}`;
  }
  return point;
}

/** The first and last day an ISO 8601 period covers (`9999-12-31` for an open end). */
export function periodBounds(period: string): [start: string, end: string] {
  const [from, to] = period.split('/') as [string, string | undefined];
  if (to === undefined) return [periodStart(from), periodEnd(from)];
  return [periodStart(from), to === '..' ? '9999-12-31' : periodEnd(to)];
}

/** Whether two ISO 8601 periods share at least one day. */
export function periodsOverlap(a: string, b: string): boolean {
  const [aStart, aEnd] = periodBounds(a);
  const [bStart, bEnd] = periodBounds(b);
  return aStart <= bEnd && bStart <= aEnd;
}
