import { ClaimKind, ClaimScope, ParkId } from '@hitech/data/schema';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listRoute } from '../lib/list.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import { Claim, recordOf } from '../lib/schemas.js';

export function claimsRoutes(cat: Catalogue) {
  const listClaims = listRoute({
    path: '/claims',
    operationId: 'listClaims',
    tag: 'Claims',
    summary: 'Firsts, rankings, designations and goals the column states',
    description: 'In dataset order. Every filter given must hold.',
    filters: {
      park: ParkId.optional().openapi({ description: 'The zone whose report makes the claim' }),
      kind: ClaimKind.optional().openapi({ description: 'What the claim asserts' }),
      scope: ClaimScope.optional().openapi({ description: 'Claims that name this scope' }),
    },
    keys: Claim.keyof().options,
    item: recordOf(Claim, 'Claim'),
    page: 'ClaimPage',
    what: 'claims',
  });

  const getClaim = recordRoute({
    path: '/claims/{id}',
    operationId: 'getClaim',
    tag: 'Claims',
    summary: 'One claim with its evidence',
    keys: Claim.keyof().options,
    body: recordOf(Claim, 'Claim'),
    example: cat.examples.claim,
  });

  return new OpenAPIHono()
    .openapi(listClaims, (c) => {
      const query = c.req.valid('query');
      const list = cat.dataset.claims.filter(
        (claim) =>
          (query.park === undefined || claim.parkId === query.park) &&
          (query.kind === undefined || claim.kind === query.kind) &&
          (query.scope === undefined || claim.scopes.includes(query.scope)),
      );
      return c.json(listPage(list, query, c.req.url), 200);
    })
    .openapi(getClaim, (c) => {
      const { id } = c.req.valid('param');
      const { fields } = c.req.valid('query');
      return c.json(
        recordOr404(cat.claimById(id), { id, fields, what: 'claim', listPath: '/v1/claims' }),
        200,
      );
    });
}
