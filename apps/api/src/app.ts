import type { Dataset } from '@hitech/data';
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { createCatalogue } from './catalogue.js';
import { DOCS_PATH, docsRoutes } from './docs.js';
import { type Endpoint, endpointsOf } from './endpoints.js';
import { type Compressor, precomputed, ResponseStore, withPrecomputed } from './middleware/precomputed.js';
import { notFoundOrMethodNotAllowed, onError, rejectQuery, validationHook } from './middleware/problems.js';
import { articlesRoutes } from './routes/articles.js';
import { claimsRoutes } from './routes/claims.js';
import { datasetRoutes } from './routes/dataset.js';
import { entitiesRoutes } from './routes/entities.js';
import { eventsRoutes } from './routes/events.js';
import { indicatorsRoutes } from './routes/indicators.js';
import { metaRoutes } from './routes/meta.js';
import { observationsRoutes } from './routes/observations.js';
import { parksRoutes } from './routes/parks.js';
import { searchRoutes } from './routes/search.js';
import { sourcesRoutes } from './routes/sources.js';
import { API_VERSION } from './version.js';

export { DOCS_PATH } from './docs.js';
export const OPENAPI_PATH = '/openapi.json';
const TITLE = 'hitech-zones API';

type OpenAPIDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

export interface AppOptions {
  /** Holds the precomputed responses (one per app). */
  store?: ResponseStore;
  /** Precompresses stored bodies (Node); omitted in Workers, where the edge compresses. */
  compress?: Compressor;
}

/**
 * Builds the Hono app over `dataset`: every route, its validation, the OpenAPI document derived from them,
 * and the precomputed-response store in front.
 */
export function createApp(dataset: Dataset, options: AppOptions = {}) {
  const cat = createCatalogue(dataset);
  const app = new OpenAPIHono({ defaultHook: validationHook, strict: true });
  let document: OpenAPIDocument | undefined;
  let endpoints: Endpoint[] | undefined;

  /** The OpenAPI 3.1 document, generated once from the routes (on first use, when all are mounted). */
  function openApiDocument(): OpenAPIDocument {
    document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: TITLE,
        version: API_VERSION,
        description:
          "China's national high-tech zones (国家高新区) as a read-only HTTP API over @hitech/data. " +
          'Errors are RFC 9457 problem+json; every success carries an ETag; lists are cursor-paginated.',
        license: { name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' },
      },
      servers: [{ url: '/', description: 'The server this document is served from' }],
      security: [],
      tags: [
        { name: 'Parks', description: 'Every national high-tech zone, and a resolver for their names' },
        { name: 'Observations', description: 'Figures the column states, with their evidence' },
        { name: 'Indicators', description: 'What the figures measure' },
        { name: 'Articles', description: 'The reports, one per zone' },
        { name: 'Events', description: 'Dated steps of the timeline' },
        { name: 'Entities', description: 'Organisations, documents, programmes, facilities and industries' },
        { name: 'Claims', description: 'Firsts, rankings, designations and goals, with evidence' },
        { name: 'Sources', description: 'The stored page and the cited documents the records rest on' },
        { name: 'Search', description: 'Search in Chinese or English' },
        { name: 'Dataset', description: 'Everything at once' },
        { name: 'Meta', description: 'Index, health and problem types' },
      ],
    });
    return document;
  }
  const listEndpoints = () => (endpoints ??= endpointsOf(openApiDocument()));

  app.use('*', precomputed(options.store ?? new ResponseStore(), options.compress));
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      exposeHeaders: ['ETag', 'Link', 'X-Total-Count', 'X-Dataset-Version'],
      maxAge: 86400,
    }),
  );
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('x-dataset-version', dataset.version.version);
  });

  const routes = app
    .route('/', metaRoutes(cat, listEndpoints, { openapi: OPENAPI_PATH, docs: DOCS_PATH }))
    .route('/v1', parksRoutes(cat))
    .route('/v1', observationsRoutes(cat))
    .route('/v1', indicatorsRoutes(cat))
    .route('/v1', articlesRoutes(cat))
    .route('/v1', eventsRoutes(cat))
    .route('/v1', entitiesRoutes(cat))
    .route('/v1', claimsRoutes(cat))
    .route('/v1', sourcesRoutes(cat))
    .route('/v1', searchRoutes(cat))
    .route('/v1', datasetRoutes(cat));

  routes.use(OPENAPI_PATH, rejectQuery);
  routes.get(OPENAPI_PATH, (c) => c.json(openApiDocument()));
  routes.use(`${DOCS_PATH}/*`, rejectQuery);
  routes.use(DOCS_PATH, rejectQuery);
  routes.route('/', docsRoutes(OPENAPI_PATH, TITLE));

  routes.notFound(notFoundOrMethodNotAllowed(() => routes.routes));
  routes.onError(onError);
  return Object.assign(routes, { openApiDocument, endpoints: listEndpoints });
}

export type AppType = ReturnType<typeof createApp>;

/** A `fetch` handler for any runtime: the app behind its precomputed-response fast path. */
export function createHandler(dataset: Dataset, options: AppOptions = {}) {
  const store = options.store ?? new ResponseStore();
  const app = createApp(dataset, { ...options, store });
  return { app, store, fetch: withPrecomputed(app.fetch, store) };
}
