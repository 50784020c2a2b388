/**
 * Aliases added before ingest resolved through them were kept only on the entity
 * (manualAliases): init keys them, so later reports resolve through them too.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { wipeNeo4jDatabase } from '../../server/store/neo4j/wipe-database.ts';
import { buildReport, E, renameEntity, worldReports } from '../store-contract/fixtures.ts';
import { describeNeo4j } from '../support/neo4j-env.ts';
import { runRawCypher } from '../support/run-raw-cypher.ts';
import { acquireNeo4jTestLock, releaseNeo4jTestLock } from './neo4j-lock.ts';

describeNeo4j('Neo4j alias keys', (cfg) => {
  beforeAll(async () => {
    await acquireNeo4jTestLock();
    await wipeNeo4jDatabase(cfg);
  }, 120_000);
  afterAll(() => releaseNeo4jTestLock());

  it('are built at init for aliases an older version stored on the entity only', async () => {
    const first = await createNeo4jStore(cfg);
    await first.init();
    await first.upsertReports(worldReports());
    await first.addAlias({ id: E.IRQ, alias: 'Mesopotamia' });
    await first.close();
    // What an older version left: the alias on the entity, no EntityAlias node.
    expect((await runRawCypher(cfg, 'MATCH (a:EntityAlias) DELETE a')).nodesDeleted).toBe(1);

    const store = await createNeo4jStore(cfg);
    await store.init();
    const report = renameEntity(buildReport({ id: 'report:r9-mesopotamia', title: 't', publishedOn: '2025-07-01', source: null, entities: [E.IRQ, E.IRN] }), E.IRQ, 'country:MES', 'Mesopotamia');
    await store.upsertReports([report]);
    expect(await store.getNodes(['country:MES'])).toEqual([null]);
    expect((await store.reports({ entityId: E.IRQ, first: 50 })).items.map((r) => r.id)).toContain('report:r9-mesopotamia');
    await store.close();
  }, 120_000);

  it('learn at init the words of aliases keyed before they kept them, to restore them on a re-created entity', async () => {
    await wipeNeo4jDatabase(cfg);
    const lone = buildReport({ id: 'report:r9-lone', title: 'Lone envoy', publishedOn: '2025-05-05', source: 'AP', entities: [E.IRQ] });
    lone.entities.push({ id: 'person:lone-envoy', kind: 'Person', name: 'Lone Envoy', aliases: [], mentions: { count: 1, firstOffset: 0, sections: [] } });
    const first = await createNeo4jStore(cfg);
    await first.init();
    await first.upsertReports([lone]);
    await first.addAlias({ id: 'person:lone-envoy', alias: 'The Quiet Man' });
    await first.close();
    // What the previous version left: an EntityAlias with the key and owner only.
    expect((await runRawCypher(cfg, 'MATCH (a:EntityAlias) REMOVE a.alias')).propertiesSet).toBe(1);

    const store = await createNeo4jStore(cfg);
    await store.init();
    expect(await store.deleteReport('report:r9-lone')).toBe(true);
    await store.upsertReports([{ ...lone, report: { ...lone.report, id: 'report:r9-lone-again' } }]);
    expect((await store.getNodes(['person:lone-envoy']))[0]).toMatchObject({ aliases: ['The Quiet Man'] });
    await store.close();
  }, 120_000);
});
