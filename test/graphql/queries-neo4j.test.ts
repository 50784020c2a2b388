/** Every query against Neo4j (NEO4J_URI), the database wiped first through the port. */
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { describeNeo4j } from '../support/neo4j-env.ts';
import { createHarness } from './support/graphql-harness.ts';
import { defineQuerySuite } from './support/query-suite.ts';

/** Delete every report (and so every edge and entity) through the store port. */
async function wipe(store: GraphStore): Promise<void> {
  for (;;) {
    const page = await store.reports({ first: 100 });
    if (page.items.length === 0) return;
    for (const r of page.items) await store.deleteReport(r.id);
  }
}

describeNeo4j('GraphQL on Neo4j', (neo4j) => {
  defineQuerySuite('neo4j', async () => {
    const store = await createNeo4jStore({ ...neo4j, queryTimeoutMs: 10_000 });
    await store.init();
    await wipe(store);
    return createHarness({ store });
  });
});
