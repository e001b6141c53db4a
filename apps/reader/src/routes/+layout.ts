// Every page is prerendered HTML that works without the app: no client-side router, no hydration.
// The little the page does in the browser (settings, share, offline notice, search) is one small script
// per page type, so the first load stays light (see README, "Lighter").
export const prerender = true;
export const trailingSlash = 'always';
export const csr = false;
