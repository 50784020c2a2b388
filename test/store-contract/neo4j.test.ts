import { afterAll, beforeAll } from 'vitest';
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { wipeNeo4jDatabase } from '../../server/store/neo4j/wipe-database.ts';
import { describeNeo4j } from '../support/neo4j-env.ts';
import { acquireNeo4jTestLock, releaseNeo4jTestLock } from '../store-neo4j/neo4j-lock.ts';
import { defineStoreContract } from './contract.ts';

describeNeo4j('GraphStore contract: neo4j', (cfg) => {
  // One user database in Community edition: suites that wipe it take turns.
  beforeAll(() => acquireNeo4jTestLock(), 600_000);
  afterAll(() => releaseNeo4jTestLock());
  defineStoreContract('neo4j', async () => {
    await wipeNeo4jDatabase(cfg);
    const store = await createNeo4jStore(cfg);
    await store.init();
    return store;
  }, { timeoutMs: 60_000 });
});
