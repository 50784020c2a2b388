/**
 * A database whose display names were elected before spellings that differ only by accents
 * or case counted as one name (store version 2) has every name elected again at init.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { wipeNeo4jDatabase } from '../../server/store/neo4j/wipe-database.ts';
import { buildReport, E } from '../store-contract/fixtures.ts';
import { describeNeo4j } from '../support/neo4j-env.ts';
import { runRawCypher } from '../support/run-raw-cypher.ts';
import { acquireNeo4jTestLock, releaseNeo4jTestLock } from './neo4j-lock.ts';

describeNeo4j('Neo4j store upgrade to version 3', (cfg) => {
  beforeAll(async () => {
    await acquireNeo4jTestLock();
    await wipeNeo4jDatabase(cfg);
  }, 120_000);
  afterAll(() => releaseNeo4jTestLock());

  it('elects every entity name again, counting accent and case variants as one name', async () => {
    const first = await createNeo4jStore(cfg);
    await first.init();
    const names = ['Ammar al-Hakim', 'Ammar al-Hakim', 'Hakim', 'Ḥakīm', 'HAKIM'];
    for (const [i, name] of names.entries()) {
      await first.upsertReports([buildReport({ id: `report:h${i}`, title: `h${i}`, publishedOn: '2025-03-01', source: null, entities: [E.HAK], names: { [E.HAK]: name } })]);
    }
    expect((await first.getNodes([E.HAK]))[0]!.name).toBe('Ḥakīm');
    await first.close();
    // What version 2 left: the name the old rule elected (the most common exact spelling).
    expect((await runRawCypher(cfg, 'MATCH (n:Entity {id: $id}) SET n.name = $name', { id: E.HAK, name: 'Ammar al-Hakim' })).propertiesSet).toBe(1);
    expect((await runRawCypher(cfg, "MATCH (m:KgMeta {id: 'store'}) SET m.version = 2")).propertiesSet).toBe(1);

    const store = await createNeo4jStore(cfg);
    await store.init();
    expect((await store.getNodes([E.HAK]))[0]!.name).toBe('Ḥakīm');
    await store.close();
  }, 120_000);
});
