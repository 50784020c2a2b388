/**
 * `kg serve` (what `npm start` runs): reads the config, opens the store, listens, and
 * shuts down gracefully on SIGINT/SIGTERM.
 */
import { createServer } from 'node:http';
import { createApp } from '../app.ts';
import { listenHost, loadConfig } from '../config.ts';
import { KgError } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { createStore } from '../store/create-store.ts';

export async function runServe(): Promise<void> {
  const config = loadConfig();
  const host = listenHost(config);
  const logger = createLogger(config.KG_LOG_LEVEL);
  const store = await createStore(config, logger);
  const app = createApp({ store, config, logger });
  const server = createServer(app);
  // Keep idle connections longer than a typical load balancer's (60 s), so the proxy
  // closes first and never reuses a socket the server has just dropped.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' || e.code === 'EACCES'
        ? new KgError('BAD_CONFIG', `Cannot listen on ${host}:${config.PORT} (${e.code}): choose another PORT.`)
        : e));
    server.listen(config.PORT, host, resolve);
  });
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${config.PORT}`;
  logger.info(`listening on ${url} (viewer at /, GraphQL at /graphql)`);
  if (config.KG_API_KEYS.size === 0) logger.info('no KG_API_KEYS set: listening on localhost only, without authentication');

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal}: shutting down`);
    server.closeAllConnections();
    server.close(() => {
      store.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
