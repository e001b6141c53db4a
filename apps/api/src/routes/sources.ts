import { type Source, sourcesByPark } from '@hitech/data';
import { ParkId, SourceKind, Trust } from '@hitech/data/schema';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import type { AnyOf } from '../lib/fields.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import {
  errorResponses,
  fieldsParam,
  jsonContent,
  listHeaders,
  pageOf,
  pageParams,
  SOURCE_KEYS,
  SourceBody,
} from '../lib/schemas.js';

export function sourcesRoutes(cat: Catalogue) {
  // Either kind of source, so that `fields` may name the keys of both.
  const sources: readonly AnyOf<Source>[] = cat.dataset.sources;
  const sourceById: (id: string) => AnyOf<Source> | undefined = cat.sourceById;
  const listSources = createRoute({
    method: 'get',
    path: '/sources',
    operationId: 'listSources',
    tags: ['Sources'],
    summary: 'The sources the records rest on: stored texts and cited documents',
    description: 'In dataset order. Every filter given must hold.',
    request: {
      query: z.strictObject({
        storage: z
          .enum(['stored', 'cited'])
          .optional()
          .openapi({ description: '`stored`: the text is held and evidence quotes it; `cited`: cited only' }),
        kind: SourceKind.optional().openapi({ description: 'What kind of document the source is' }),
        trust: Trust.optional().openapi({
          description: 'How far a cited source can be relied on (stored sources have no `trust`)',
        }),
        park: ParkId.optional().openapi({
          description:
            'Sources a zone’s records rest on: its registry citations and every source its figures, ' +
            'events, entities, claims and article quote',
          example: cat.examples.park,
        }),
        ...pageParams,
        fields: fieldsParam(SOURCE_KEYS),
      }),
    },
    responses: {
      200: {
        description: 'A page of sources',
        headers: listHeaders,
        content: jsonContent(pageOf(SourceBody, 'SourcePage')),
      },
      400: errorResponses[400],
    },
  });

  const getSource = recordRoute({
    path: '/sources/{id}',
    operationId: 'getSource',
    tag: 'Sources',
    summary: 'One source',
    keys: SOURCE_KEYS,
    body: SourceBody,
    example: cat.examples.storedSource,
  });

  return new OpenAPIHono()
    .openapi(listSources, (c) => {
      const query = c.req.valid('query');
      const ofPark =
        query.park === undefined ? undefined : (sourcesByPark(cat.dataset).get(query.park) ?? new Set());
      const list = sources.filter(
        (s) =>
          (query.storage === undefined || s.storage === query.storage) &&
          (query.kind === undefined || s.kind === query.kind) &&
          (query.trust === undefined || (s.storage === 'cited' && s.trust === query.trust)) &&
          (ofPark === undefined || (s.id !== undefined && ofPark.has(s.id))),
      );
      return c.json(listPage(list, query, c.req.url), 200);
    })
    .openapi(getSource, (c) => {
      const { id } = c.req.valid('param');
      const { fields } = c.req.valid('query');
      return c.json(
        recordOr404(sourceById(id), { id, fields, what: 'source', listPath: '/v1/sources' }),
        200,
      );
    });
}
