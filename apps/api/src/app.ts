import { version } from '@hitech/data';
import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { precomputed, ResponseStore, withPrecomputed } from './middleware/precomputed.js';
import { notFoundOrMethodNotAllowed, onError, rejectQuery, validationHook } from './middleware/problems.js';
import { articlesRoutes } from './routes/articles.js';
import { datasetRoutes } from './routes/dataset.js';
import { entitiesRoutes } from './routes/entities.js';
import { eventsRoutes } from './routes/events.js';
import { indicatorsRoutes } from './routes/indicators.js';
import { API_VERSION, metaRoutes } from './routes/meta.js';
import { observationsRoutes } from './routes/observations.js';
import { parksRoutes } from './routes/parks.js';
import { searchRoutes } from './routes/search.js';

export const OPENAPI_PATH = '/openapi.json';
export const DOCS_PATH = '/docs';

/** The routes under /v1 and the meta routes: what the typed client is generated from. */
function mountRoutes(app: OpenAPIHono) {
  return app
    .route('/', metaRoutes)
    .route('/v1', parksRoutes)
    .route('/v1', observationsRoutes)
    .route('/v1', indicatorsRoutes)
    .route('/v1', articlesRoutes)
    .route('/v1', eventsRoutes)
    .route('/v1', entitiesRoutes)
    .route('/v1', searchRoutes)
    .route('/v1', datasetRoutes);
}

/** Builds the Hono app; `store` holds the precomputed responses (one per app). */
export function createApp(store = new ResponseStore()) {
  const app = new OpenAPIHono({ defaultHook: validationHook, strict: true });

  app.use('*', precomputed(store));
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
    c.res.headers.set('x-dataset-version', version.version);
  });

  const routes = mountRoutes(app);

  for (const path of [OPENAPI_PATH, DOCS_PATH]) routes.use(path, rejectQuery);
  routes.doc31(OPENAPI_PATH, {
    openapi: '3.1.0',
    info: {
      title: 'hitech-zones API',
      version: API_VERSION,
      description:
        "China's national high-tech zones (国家高新区) as a read-only HTTP API over @hitech/data. " +
        'Errors are RFC 9457 problem+json; every success carries an ETag; lists are cursor-paginated.',
    },
    servers: [{ url: '/', description: 'This server' }],
  });
  routes.get(DOCS_PATH, Scalar({ url: OPENAPI_PATH, pageTitle: 'hitech-zones API' }));

  routes.notFound(notFoundOrMethodNotAllowed(() => routes.routes));
  routes.onError(onError);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;

/** A `fetch` handler for any runtime: the app behind its precomputed-response fast path. */
export function createHandler(store = new ResponseStore()) {
  const app = createApp(store);
  return { app, store, fetch: withPrecomputed(app.fetch, store) };
}
