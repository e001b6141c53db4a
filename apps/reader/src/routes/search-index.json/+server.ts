import { json } from '@sveltejs/kit';
import { searchIndex } from '$lib/server/views';

export const prerender = true;

/** The part of the dataset the search page needs, downloaded only when someone searches. */
export const GET = () => json(searchIndex());
