import type { Handle } from '@sveltejs/kit';
import { HTML_LANG, langOfPath } from '$lib/site';

/**
 * Every page states its own language in `<html lang>`, in the prerendered HTML itself: app.html says
 * Chinese, and English pages say English.
 */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('<html lang="zh-CN">', `<html lang="${HTML_LANG[langOfPath(event.url.pathname)]}">`),
  });
