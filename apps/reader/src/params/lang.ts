import type { ParamMatcher } from '@sveltejs/kit';

/** The optional language segment: only `en` (Chinese lives at the root). */
export const match = ((param: string): param is 'en' => param === 'en') satisfies ParamMatcher;
