/**
 * Run a statement straight on the test database, past the adapter: to leave the database
 * as an older version of the code would have, before a test opens it with this one.
 */
import neo4j, { type QueryStatistics } from 'neo4j-driver';
import type { Neo4jTestConfig } from './neo4j-env.ts';

export async function runRawCypher(cfg: Neo4jTestConfig, cypher: string, params: Record<string, unknown> = {}): Promise<ReturnType<QueryStatistics['updates']>> {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password));
  try {
    return (await driver.executeQuery(cypher, params, { database: cfg.database })).summary.counters.updates();
  } finally {
    await driver.close();
  }
}
