import { shareEntries, shareImageResponder } from '$lib/server/share-route';
import { allFigureIds, figureShareCard } from '$lib/server/views';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => shareEntries(allFigureIds());
export const GET: RequestHandler = shareImageResponder(allFigureIds, figureShareCard);
