/**
 * Chooses the store from the config: Neo4j when NEO4J_URI is set, else the embedded store
 * in KG_DATA_DIR (zero set-up).
 */
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { GraphStore } from './port.ts';

export async function createStore(config: Config, logger: Logger): Promise<GraphStore> {
  if (config.NEO4J_URI) {
    const { createNeo4jStore } = await import('./neo4j/neo4j-store.ts');
    logger.info(`store: Neo4j at ${config.NEO4J_URI} (database ${config.NEO4J_DATABASE})`);
    const store = await createNeo4jStore({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      queryTimeoutMs: config.KG_QUERY_TIMEOUT_MS,
      log: (m) => logger.info(m),
    });
    await store.init();
    return store;
  }
  const { createEmbeddedStore } = await import('./embedded/embedded-store.ts');
  logger.info(`store: embedded, data in ${config.KG_DATA_DIR} (set NEO4J_URI to use Neo4j)`);
  const store = await createEmbeddedStore({ dataDir: config.KG_DATA_DIR, log: (m) => logger.warn(m) });
  await store.init();
  return store;
}
