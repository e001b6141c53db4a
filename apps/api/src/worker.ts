import { dataset } from '@hitech/data';
import { createHandler } from './app.js';

/**
 * Cloudflare Workers entry over the package's dataset. Nothing runs at global scope beyond building the app:
 * responses are computed and stored on first request (workerd forbids some work, such as random numbers,
 * outside a request). No compressor: Cloudflare compresses at the edge.
 */
const { fetch } = createHandler(dataset);

export default { fetch };
