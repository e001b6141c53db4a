import { shareEntries, shareImageResponder } from '$lib/server/share-route';
import { directoryShareCard } from '$lib/server/views';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// The directory has one card per language; the share-route helpers expect an id, so it is `zones`.
const ids = () => ['zones'] as const;
export const entries: EntryGenerator = () => shareEntries(ids()).map(({ lang }) => ({ lang }));
const respond = shareImageResponder(ids, directoryShareCard);
export const GET: RequestHandler = ({ params }) => respond({ params: { lang: params.lang, id: 'zones' } });
