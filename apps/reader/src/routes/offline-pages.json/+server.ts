import { json } from '@sveltejs/kit';
import { precachedPagePaths } from '$lib/server/pages';

export const prerender = true;

/** The pages the service worker stores on install (the rest are stored when visited). */
export const GET = () => json(precachedPagePaths());
