import { LANGS, localise } from '../site';
import { allFigureIds, allParkIds, reportedParkIds } from './views';

/** Every page of the reader as a language-neutral path; each exists at the root and under /en/. */
export function allPagePaths(): string[] {
  return [
    '/',
    '/zones/',
    ...allParkIds().map((id) => `/zones/${id}/`),
    ...allFigureIds().map((id) => `/figures/${id}/`),
    '/compare/',
    '/search/',
    '/about/',
  ];
}

/**
 * The pages the service worker stores on install, in both languages: everything but the pages of
 * zones the column does not report on (174 zones, 348 pages), which are stored when first visited.
 * See the README, "Offline".
 */
export function precachedPagePaths(): string[] {
  const registryOnly = new Set(allParkIds().filter((id) => !reportedParkIds().includes(id)));
  const paths = allPagePaths().filter((path) => {
    const zone = /^\/zones\/([^/]+)\/$/.exec(path)?.[1];
    return !(zone && registryOnly.has(zone));
  });
  return paths.flatMap((path) => LANGS.map((lang) => localise(path, lang)));
}
