import { existsSync, readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { type Bi, type Lang, pick, ui } from '../i18n';
import { SHARE_IMAGE } from '../site';

/**
 * Share images (Open Graph / Twitter cards), drawn at build time: satori lays the card out as SVG with
 * the glyphs as paths, resvg rasterises it to PNG. satori needs TrueType/OpenType files, not the
 * collections (.ttc) most CJK fonts come in, so the card uses DejaVu Sans for Latin text and Droid Sans
 * Fallback (Apache 2.0) for Chinese, both Debian packages that scripts/setup.sh installs.
 */
const FONT_FILES = {
  latin: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  latinBold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  chinese: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
};

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;

function loadFonts(): Font[] {
  const missing = Object.values(FONT_FILES).filter((file) => !existsSync(file));
  if (missing.length) {
    throw new Error(
      `Share images need ${missing.join(', ')}: install fonts-dejavu-core and fonts-droid-fallback (bash scripts/setup.sh).`,
    );
  }
  const read = (file: string) => readFileSync(file);
  // The same array every time: satori caches the parsed fonts by its identity.
  return [
    { name: 'Latin', data: read(FONT_FILES.latin), weight: 400, style: 'normal' },
    { name: 'Latin', data: read(FONT_FILES.latinBold), weight: 700, style: 'normal' },
    { name: 'Chinese', data: read(FONT_FILES.chinese), weight: 400, style: 'normal' },
  ];
}

/** What a card says: a small line on top, the headline (a figure or a zone), lines under it, the source. */
export interface ShareCard {
  eyebrow: Bi;
  headline: Bi;
  lines: Bi[];
  source: Bi;
}

/** Width of the text column: the card less its side padding. */
const WIDTH = SHARE_IMAGE.width - 2 * 64;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

function layout(card: ShareCard, lang: Lang): Node {
  const text = (t: Bi) => pick(t, lang);
  const headline = text(card.headline);
  return h(
    'div',
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 64px',
      background: '#0f5c63',
      color: '#ffffff',
      fontFamily: 'Latin, Chinese',
    },
    [
      h('div', { display: 'flex', width: WIDTH, fontSize: 34, color: '#cfe9ec' }, text(card.eyebrow)),
      h('div', { display: 'flex', flexDirection: 'column', width: WIDTH }, [
        h(
          'div',
          { width: WIDTH, fontSize: headline.length > 14 ? 72 : 104, fontWeight: 700, lineHeight: 1.15 },
          headline,
        ),
        ...card.lines.map((line, i) =>
          h(
            'div',
            {
              display: 'block',
              width: WIDTH,
              fontSize: i === 0 ? 42 : 34,
              marginTop: 18,
              lineHeight: 1.3,
              lineClamp: 2,
            },
            text(line),
          ),
        ),
      ]),
      h(
        'div',
        {
          display: 'flex',
          width: WIDTH,
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          borderTop: '2px solid #5fa8af',
          paddingTop: 20,
          fontSize: 26,
          color: '#cfe9ec',
        },
        [
          h('div', { display: 'block', width: 760, lineClamp: 2, lineHeight: 1.35 }, text(card.source)),
          h(
            'div',
            { display: 'flex', fontWeight: 700, color: '#ffffff', whiteSpace: 'nowrap' },
            pick(ui.siteName, lang),
          ),
        ],
      ),
    ],
  );
}

/** The card as a 1200×630 PNG. */
export async function renderShareImage(card: ShareCard, lang: Lang): Promise<Buffer> {
  fonts ??= loadFonts();
  // satori's typings want a React element; the plain object tree is what it reads.
  const svg = await satori(layout(card, lang) as unknown as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}
