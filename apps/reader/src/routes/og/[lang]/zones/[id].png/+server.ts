import { shareEntries, shareImageResponder } from '$lib/server/share-route';
import { zoneShareCard, zoneShareImageIds } from '$lib/server/views';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => shareEntries(zoneShareImageIds());
export const GET: RequestHandler = shareImageResponder(zoneShareImageIds, zoneShareCard);
