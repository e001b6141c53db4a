import { Hono } from 'hono';
import { SCALAR_SCRIPT } from './generated/scalar-standalone.js';

export const DOCS_PATH = '/docs';
const SCRIPT_PATH = `${DOCS_PATH}/scalar.js`;
const INIT_PATH = `${DOCS_PATH}/init.js`;

/**
 * The docs page may load only what the API itself serves. Scalar injects its styles at run time, so styles
 * may be inline; nothing may come from another host.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function page(title: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="${SCRIPT_PATH}"></script>
    <script src="${INIT_PATH}"></script>
  </body>
</html>
`;
}

function init(openApiPath: string): string {
  // No default fonts (they come from Scalar's CDN) and no hosted proxy or AI features.
  const config = {
    url: openApiPath,
    withDefaultFonts: false,
    hideClientButton: true,
    agent: { disabled: true },
    mcp: { disabled: true },
  };
  return `Scalar.createApiReference('#app', ${JSON.stringify(config)});\n`;
}

/** `/docs` and its two scripts: Scalar's API reference of `openApiPath`, served by the API itself. */
export function docsRoutes(openApiPath: string, title: string) {
  const html = page(title);
  const initScript = init(openApiPath);
  const js = { 'content-type': 'text/javascript; charset=utf-8' };
  return new Hono()
    .get(DOCS_PATH, (c) => c.html(html, 200, { 'content-security-policy': DOCS_CSP }))
    .get(SCRIPT_PATH, (c) => c.body(SCALAR_SCRIPT, 200, js))
    .get(INIT_PATH, (c) => c.body(initScript, 200, js));
}
