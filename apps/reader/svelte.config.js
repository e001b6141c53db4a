import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // Every page is prerendered; `precompress` writes .br and .gz beside each file for the static server.
    adapter: adapter({ pages: 'build', assets: 'build', precompress: true, strict: true }),
    // The CSS is small: inline it so the first paint needs no extra round trip on a slow connection.
    inlineStyleThreshold: 16384,
    // The English pages are reached from the Chinese ones too; naming the English root makes sure.
    prerender: { entries: ['*', '/en/'], handleHttpError: 'fail', handleMissingId: 'fail' },
    // The pages' own script registers the service worker (there is no SvelteKit client on the page).
    serviceWorker: { register: false },
  },
};

export default config;
