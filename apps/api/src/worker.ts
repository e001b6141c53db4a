import { createHandler } from './app.js';

/**
 * Cloudflare Workers entry. Nothing runs at global scope beyond building the app: responses are computed and
 * stored on first request (workerd forbids some work, such as random numbers, outside a request).
 */
const { fetch } = createHandler();

export default { fetch };
