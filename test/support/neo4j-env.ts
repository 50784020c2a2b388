/**
 * Suites that need Neo4j run when NEO4J_URI is set and are skipped with a visible message
 * otherwise, except under KG_REQUIRE_NEO4J=1 (CI), where a missing Neo4j fails the run.
 */
import { describe } from 'vitest';

export interface Neo4jTestConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function neo4jTestConfig(): Neo4jTestConfig | null {
  const uri = process.env.NEO4J_URI;
  if (!uri) return null;
  return {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'kg-local-password',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
}

/** `describe` for suites that need a real Neo4j. */
export function describeNeo4j(name: string, body: (config: Neo4jTestConfig) => void): void {
  const config = neo4jTestConfig();
  if (config) {
    describe(`${name} [neo4j ${config.uri}]`, () => body(config));
    return;
  }
  if (process.env.KG_REQUIRE_NEO4J === '1') {
    throw new Error(`KG_REQUIRE_NEO4J=1 but NEO4J_URI is not set: "${name}" needs a running Neo4j (npm run neo4j:start).`);
  }
  console.warn(`[skipped] "${name}" needs Neo4j: set NEO4J_URI (npm run neo4j:start prints it) to run it.`);
  describe.skipIf(true)(`${name} [needs NEO4J_URI]`, () => body({ uri: '', user: '', password: '', database: '' }));
}
