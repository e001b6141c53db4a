import { siteOrigin } from '$lib/server/origin';
import { allPagePaths } from '$lib/server/pages';
import { HTML_LANG, LANGS, localise } from '$lib/site';

export const prerender = true;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every page in both languages, each with its alternates (sitemaps.org with xhtml:link). */
export function GET() {
  const origin = siteOrigin();
  const url = (path: string, lang: (typeof LANGS)[number]) => escapeXml(`${origin}${localise(path, lang)}`);
  const entries = allPagePaths().flatMap((path) =>
    LANGS.map((lang) =>
      [
        '  <url>',
        `    <loc>${url(path, lang)}</loc>`,
        ...LANGS.map(
          (other) =>
            `    <xhtml:link rel="alternate" hreflang="${HTML_LANG[other]}" href="${url(path, other)}"/>`,
        ),
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${url(path, 'zh')}"/>`,
        '  </url>',
      ].join('\n'),
    ),
  );
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
