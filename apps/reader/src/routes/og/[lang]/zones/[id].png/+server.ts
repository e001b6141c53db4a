import { shareEntries, shareImageResponder } from '$lib/server/share-route';
import { allParkIds, zoneShareCard } from '$lib/server/views';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => shareEntries(allParkIds());
export const GET: RequestHandler = shareImageResponder(allParkIds, zoneShareCard);
