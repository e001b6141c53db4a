import type { Park } from '@hitech/data';
import { findPark, PARK_MATCH_KINDS } from '@hitech/data/query';
import { z } from '@hono/zod-openapi';

const ParkRef = z
  .object({
    id: z.string(),
    name: z.object({ zh: z.string(), en: z.string() }).describe('Official name in Chinese and English'),
    href: z.string().describe('Where the zone is served'),
  })
  .openapi('ParkRef');

export const ParkResolution = z
  .discriminatedUnion('status', [
    z
      .object({
        status: z.literal('found'),
        name: z.string().describe('The name as asked'),
        matchedBy: z
          .enum(PARK_MATCH_KINDS)
          .describe(
            '`name`: an official, short or English name; `core`: the distinctive part of a name (a place ' +
              'name, pinyin, the name without 国家 or 高新区); `contained`: the text contains a zone’s name',
          ),
        park: ParkRef,
      })
      .openapi('ParkResolutionFound'),
    z
      .object({
        status: z.literal('ambiguous'),
        name: z.string(),
        candidates: z
          .array(ParkRef.extend({ reason: z.string().describe('Why this zone is a candidate (English)') }))
          .min(2)
          .describe('Every zone the name fits equally well, by id'),
      })
      .openapi('ParkResolutionAmbiguous'),
    z.object({ status: z.literal('none'), name: z.string() }).openapi('ParkResolutionNone'),
  ])
  .openapi('ParkResolution', {
    description:
      'The answer of the name resolver: one zone (`found`), several candidates with the reason each fits ' +
      '(`ambiguous`), or no zone (`none`)',
  });
export type ParkResolution = z.infer<typeof ParkResolution>;

function refOf(park: Pick<Park, 'id' | 'name'>) {
  return { id: park.id, name: { zh: park.name.zh, en: park.name.en }, href: `/v1/parks/${park.id}` };
}

/** `findPark` over `parks`, with each id expanded to the zone's names and address. */
export function resolvePark(
  name: string,
  parks: readonly Park[],
  parkById: (id: string) => Park | undefined,
): ParkResolution {
  const match = findPark(name, parks);
  const ref = (id: string) => {
    const park = parkById(id);
    if (!park) throw new Error(`findPark answered an unknown id ${id}`);
    return refOf(park);
  };
  if (match.status === 'found')
    return { status: 'found', name, matchedBy: match.matchedBy, park: ref(match.id) };
  if (match.status === 'ambiguous') {
    return {
      status: 'ambiguous',
      name,
      candidates: match.candidates.map((c) => ({ ...ref(c.id), reason: c.reason })),
    };
  }
  return { status: 'none', name };
}
