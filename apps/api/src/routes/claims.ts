import { ClaimKind, ClaimScope, ParkId } from '@hitech/data/schema';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import {
  Claim,
  errorResponses,
  fieldsParam,
  jsonContent,
  listHeaders,
  pageOf,
  pageParams,
  recordOf,
} from '../lib/schemas.js';

export function claimsRoutes(cat: Catalogue) {
  const listClaims = createRoute({
    method: 'get',
    path: '/claims',
    operationId: 'listClaims',
    tags: ['Claims'],
    summary: 'Firsts, rankings, designations and goals the column states',
    description: 'In dataset order. Every filter given must hold.',
    request: {
      query: z.strictObject({
        park: ParkId.optional().openapi({ description: 'The zone whose report makes the claim' }),
        kind: ClaimKind.optional().openapi({ description: 'What the claim asserts' }),
        scope: ClaimScope.optional().openapi({ description: 'Claims that name this scope' }),
        ...pageParams,
        fields: fieldsParam(Claim.keyof().options),
      }),
    },
    responses: {
      200: {
        description: 'A page of claims',
        headers: listHeaders,
        content: jsonContent(pageOf(recordOf(Claim, 'Claim'), 'ClaimPage')),
      },
      400: errorResponses[400],
    },
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
