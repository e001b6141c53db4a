import { error } from '@sveltejs/kit';
import { allParkIds, zoneView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => allParkIds().map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
  if (!allParkIds().some((id) => id === params.id)) error(404, 'No such zone');
  return zoneView(params.id);
};
