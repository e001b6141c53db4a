import { DOCS_PATH } from './app.js';
import { startServer } from './server.js';

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 8787;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer from 0 to 65535, not "${value}".`);
    process.exit(1);
  }
  return port;
}

const running = await startServer({ port: portFromEnv(process.env.PORT), hostname: process.env.HOST });
console.log(`API listening on ${running.url} (docs: ${DOCS_PATH})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
