import { articleById, parks } from '@hitech/data';
import { z } from '@hono/zod-openapi';

/**
 * The zones the column reports on (those with an article), in the column's order. @hitech/data 2 lists
 * every national zone; until the API serves the registry, it serves these.
 */
export const reportedParks = parks
  .filter((p) => p.articleId !== null)
  .sort(
    (a, b) => (articleById(a.articleId ?? '')?.order ?? 0) - (articleById(b.articleId ?? '')?.order ?? 0),
  );

export const reportedParkById = (id: string) => reportedParks.find((p) => p.id === id);

/** A park id of the reported zones, as an enum so the OpenAPI document lists them. */
export const ParkId = z.enum(reportedParks.map((p) => p.id) as [string, ...string[]]);
