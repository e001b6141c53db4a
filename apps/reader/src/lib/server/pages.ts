import { allFigureIds, allParkIds } from './views';

/** Every page of the reader as a language-neutral path; each exists at the root and under /en/. */
export function allPagePaths(): string[] {
  return [
    '/',
    ...allParkIds().map((id) => `/zones/${id}/`),
    ...allFigureIds().map((id) => `/figures/${id}/`),
    '/compare/',
    '/search/',
    '/about/',
  ];
}
