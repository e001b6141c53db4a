import { error } from '@sveltejs/kit';
import { inBothLangs } from '$lib/server/entries';
import { allFigureIds, figureView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => inBothLangs(allFigureIds());

export const load: PageServerLoad = ({ params }) => {
  if (!allFigureIds().includes(params.id)) error(404, 'No such figure');
  return figureView(params.id);
};
