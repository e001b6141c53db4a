import { selectEvents } from '@hitech/data/query';
import { EventKind, ParkId } from '@hitech/data/schema';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Catalogue } from '../catalogue.js';
import { listRoute } from '../lib/list.js';
import { listPage } from '../lib/list-page.js';
import { recordOr404, recordRoute } from '../lib/record.js';
import { Event, recordOf } from '../lib/schemas.js';

export function eventsRoutes(cat: Catalogue) {
  // The package's timeline order (date as written, then id), shared with the reader; sorted once.
  const byDate = selectEvents(cat.dataset.events);

  const listEvents = listRoute({
    path: '/events',
    operationId: 'listEvents',
    tag: 'Events',
    summary: 'Dated steps of the timeline, in date order',
    filters: {
      park: ParkId.optional().openapi({
        description: 'Park id; events that concern every zone (parkId null) are included',
      }),
      kind: EventKind.optional().openapi({ description: 'Kind of event' }),
    },
    keys: Event.keyof().options,
    item: recordOf(Event, 'Event'),
    page: 'EventPage',
    what: 'events',
  });

  const getEvent = recordRoute({
    path: '/events/{id}',
    operationId: 'getEvent',
    tag: 'Events',
    summary: 'One event of the timeline',
    keys: Event.keyof().options,
    body: recordOf(Event, 'Event'),
    example: cat.examples.event,
  });

  return new OpenAPIHono()
    .openapi(listEvents, (c) => {
      const query = c.req.valid('query');
      const list = selectEvents(byDate, { parkId: query.park, kind: query.kind });
      return c.json(listPage(list, query, c.req.url), 200);
    })
    .openapi(getEvent, (c) => {
      const { id } = c.req.valid('param');
      const { fields } = c.req.valid('query');
      return c.json(
        recordOr404(cat.eventById(id), { id, fields, what: 'event', listPath: '/v1/events' }),
        200,
      );
    });
}
