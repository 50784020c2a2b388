import { describe, expect, it } from 'vitest';
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { describeNeo4j } from '../support/neo4j-env.ts';

describe('Neo4j connection errors', () => {
  it('reports an unreachable server as STORE_UNAVAILABLE quickly, saying what to fix', async () => {
    const store = await createNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const started = Date.now();
    await expect(store.init()).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: 'Cannot reach Neo4j at bolt://127.0.0.1:1: start it (npm run neo4j:start) or fix NEO4J_URI',
    });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await store.ping()).toBe(false);
    await store.close();
  });

  it('reports a malformed URI as BAD_CONFIG', async () => {
    await expect(createNeo4jStore({ uri: 'http//nope', user: 'neo4j', password: 'x' })).rejects.toMatchObject({ code: 'BAD_CONFIG' });
  });
});

describeNeo4j('Neo4j credentials', (cfg) => {
  it('reports a wrong password as BAD_CONFIG naming the user', async () => {
    const store = await createNeo4jStore({ ...cfg, password: `${cfg.password}-wrong` });
    await expect(store.init()).rejects.toMatchObject({
      code: 'BAD_CONFIG',
      message: `Neo4j rejected the credentials for user ${cfg.user}: fix NEO4J_USER / NEO4J_PASSWORD`,
    });
    await store.close();
  });
});
