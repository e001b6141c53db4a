import { siteOrigin } from '$lib/server/origin';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => ({
  lang: params.lang === 'en' ? ('en' as const) : ('zh' as const),
  origin: siteOrigin(),
});
