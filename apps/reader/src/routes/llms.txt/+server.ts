import { parks } from '@hitech/data';
import { ui } from '$lib/i18n';
import { siteOrigin } from '$lib/server/origin';
import { homeView, columnPage as source } from '$lib/server/views';

export const prerender = true;

/** A plain summary of the reader for language models (llmstxt.org): what it is and where things are. */
export function GET() {
  const origin = siteOrigin();
  const zones = homeView().zones;
  const text = [
    `# ${ui.siteName.en} (${ui.siteName.zh})`,
    '',
    `> ${ui.siteDescription.en} Based on the column "${source.series.titleEn}" (${source.series.title}).`,
    '',
    'Every page exists in Chinese (at the root) and in English (under /en/). Each figure page shows the',
    'value, what it counts, its period and the short quote of the source page it comes from.',
    '',
    '## Zones the column reports on',
    '',
    ...zones.map((zone) => `- [${zone.name.en}](${origin}/en/zones/${zone.id}/): ${zone.summary.en}`),
    '',
    '## Pages',
    '',
    `- [All national zones](${origin}/en/zones/): the ${parks.length} national high-tech zones by province, approvals per year, and a page per zone with its sources and confidence`,
    `- [Compare the zones](${origin}/en/compare/): indicators reported by more than one zone`,
    `- [Search](${origin}/en/search/): zones, organisations, industries and indicators`,
    `- [Data and API](${origin}/en/about/): the dataset's version, notes and how to use it in code`,
    `- [Sitemap](${origin}/sitemap.xml)`,
    '',
  ].join('\n');
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
