/**
 * Every query against Neo4j (NEO4J_URI), the database wiped first. The wipe is the batched
 * one (wipe-database.ts), not report-by-report deletes through the port: a suite before
 * this one may leave hundreds of hub-heavy reports, and retracting those one at a time
 * outlasted the set-up timeout.
 */
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { wipeNeo4jDatabase } from '../../server/store/neo4j/wipe-database.ts';
import { describeNeo4j } from '../support/neo4j-env.ts';
import { createHarness } from './support/graphql-harness.ts';
import { defineQuerySuite } from './support/query-suite.ts';

describeNeo4j('GraphQL on Neo4j', (neo4j) => {
  defineQuerySuite('neo4j', async () => {
    await wipeNeo4jDatabase(neo4j);
    const store = await createNeo4jStore({ ...neo4j, queryTimeoutMs: 10_000 });
    await store.init();
    return createHarness({ store });
  });
});
