import { error } from '@sveltejs/kit';
import type { Lang } from '../i18n';
import { LANGS } from '../site';
import { renderShareImage, type ShareCard } from './share-image';

/** Prerender entries of a share image route: every id in both languages. */
export const shareEntries = (ids: readonly string[]) =>
  LANGS.flatMap((lang) => ids.map((id) => ({ lang, id })));

/** The GET handler of a share image route. */
export function shareImageResponder(ids: () => readonly string[], card: (id: string) => ShareCard) {
  return async ({ params }: { params: { lang: string; id: string } }) => {
    if (!(LANGS as readonly string[]).includes(params.lang) || !ids().includes(params.id)) {
      error(404, 'No such share image');
    }
    const png = await renderShareImage(card(params.id), params.lang as Lang);
    return new Response(new Uint8Array(png), {
      headers: { 'content-type': 'image/png', 'content-length': String(png.length) },
    });
  };
}
