/**
 * The address the reader is published at, for canonical links, hreflang alternates, Open Graph URLs
 * and the sitemap, which must all be absolute. Set READER_ORIGIN when building for a real host; the
 * default is where `pnpm start` serves the build.
 */
export function siteOrigin(): string {
  const origin = process.env.READER_ORIGIN ?? 'http://localhost:4173';
  const url = new URL(origin);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`READER_ORIGIN must be an origin with no path, got ${origin}`);
  }
  return url.origin;
}
