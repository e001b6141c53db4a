import type { Bi } from './i18n';
import type { SearchIndex } from './types';

interface Hit {
  kind: 'park' | 'entity' | 'indicator';
  id: string;
  parkIds: string[];
}

/**
 * Where a search hit leads: a zone to its page, an organisation to its entry on its zone's page, an
 * indicator to the compare view when several zones report it, or else to its figure.
 */
export function hitLink(
  hit: Hit,
  index: Pick<SearchIndex, 'figures' | 'zoneNames'>,
): { href: string; zone: Bi | null } {
  const zone = (id: string | undefined) => (id ? (index.zoneNames[id] ?? null) : null);
  if (hit.kind === 'park') return { href: `/zones/${hit.id}/`, zone: null };
  if (hit.kind === 'entity') {
    const parkId = hit.parkIds[0];
    return parkId
      ? { href: `/zones/${parkId}/#entity-${hit.id}`, zone: zone(parkId) }
      : { href: '/', zone: null };
  }
  const figures = index.figures[hit.id] ?? [];
  const zones = new Set(figures.map((f) => f.parkId));
  if (zones.size > 1) return { href: '/compare/', zone: null };
  const first = figures[0];
  return first
    ? { href: `/figures/${first.id}/`, zone: zone(first.parkId) }
    : { href: '/compare/', zone: null };
}
