/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/**
 * Builds the real app on a real embedded store in a temp dir and sends GraphQL over
 * app.fetch. No mocks: the store is the one the service runs on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import type { GraphQLLimits } from '../../../server/graphql/limits.ts';
import type { Logger } from '../../../server/logger.ts';
import { silentLogger } from '../../../server/logger.ts';
import { createEmbeddedStore } from '../../../server/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../../server/store/port.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface HarnessOptions {
  env?: Record<string, string>;
  limits?: Partial<GraphQLLimits>;
  logger?: Logger;
  store?: GraphStore;
}

export async function createHarness(options: HarnessOptions = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-graphql-'));
  const store = options.store ?? (await createEmbeddedStore({ dataDir }));
  if (!options.store) await store.init();
  const config = loadConfig({ KG_DATA_DIR: dataDir, NODE_ENV: 'test', ...options.env });
  const app = createApp({ store, config, logger: options.logger ?? silentLogger, graphqlLimits: options.limits });

  async function gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const res = await app.fetch(new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    }));
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { status: res.status, headers: res.headers, ...body };
  }

  async function close() {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  return { app, store, config, gql, close, dataDir };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;
