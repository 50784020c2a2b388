/**
 * Builds the HTTP app with no side effects: no port opened, no environment read. Tests
 * call `app.fetch(new Request(...))`; server/main.ts hands it to node:http.
 *
 *   /graphql  GraphQL (graphql-yoga)
 *   /healthz  process up
 *   /readyz   store reachable
 *   /         the viewer build (client/dist)
 */
import { fileURLToPath } from 'node:url';
import { createServerAdapter } from '@whatwg-node/server';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { silentLogger } from './logger.ts';
import type { GraphStore } from './store/port.ts';
import { createGraphQL } from './graphql/create-yoga.ts';
import type { GraphQLLimits } from './graphql/limits.ts';
import { healthz, readyz } from './http/health-routes.ts';
import { serveStatic } from './http/static-files.ts';

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../client/dist', import.meta.url));

export interface AppDeps {
  store: GraphStore;
  config: Config;
  logger?: Logger;
  /** Folder of the built viewer. */
  clientDir?: string;
  /** Overrides of the GraphQL limits (server/graphql/limits.ts). */
  graphqlLimits?: Partial<GraphQLLimits>;
}

export function createApp({ store, config, logger = silentLogger, clientDir = DEFAULT_CLIENT_DIR, graphqlLimits }: AppDeps) {
  const graphql = createGraphQL({ store, config, logger, limits: graphqlLimits });

  return createServerAdapter(async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === '/graphql' || pathname.startsWith('/graphql/')) return graphql.fetch(request);
    if (pathname === '/healthz') return healthz();
    if (pathname === '/readyz') return readyz(store);
    if (request.method === 'GET' || request.method === 'HEAD') {
      const file = await serveStatic(clientDir, pathname);
      if (file) return file;
    }
    return new Response('Not found', { status: 404 });
  });
}

export type App = ReturnType<typeof createApp>;
