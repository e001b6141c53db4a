import { error } from '@sveltejs/kit';
import { inBothLangs } from '$lib/server/entries';
import { allParkIds, zoneView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => inBothLangs(allParkIds());

export const load: PageServerLoad = ({ params }) => {
  if (!allParkIds().some((id) => id === params.id)) error(404, 'No such zone');
  return zoneView(params.id);
};
