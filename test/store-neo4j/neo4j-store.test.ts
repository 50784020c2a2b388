import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/port.ts';
import { createNeo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { wipeNeo4jDatabase } from '../../server/store/neo4j/wipe-database.ts';
import { describeNeo4j } from '../support/neo4j-env.ts';
import { acquireNeo4jTestLock, releaseNeo4jTestLock } from './neo4j-lock.ts';
import { entity, report, sampleReports } from './sample-reports.ts';

describeNeo4j('Neo4j adapter', (cfg) => {
  let store: GraphStore;

  beforeAll(async () => {
    await acquireNeo4jTestLock();
    store = await createNeo4jStore(cfg);
  }, 600_000);
  afterAll(async () => {
    await store?.close();
    releaseNeo4jTestLock();
  });
  beforeEach(async () => {
    await wipeNeo4jDatabase(cfg);
    await store.init();
  });

  it('applies the schema idempotently: init twice, on a second store too', async () => {
    await store.init();
    const other = await createNeo4jStore(cfg);
    await other.init();
    await other.init();
    expect(await other.ping()).toBe(true);
    await other.close();
  });

  it('classifies each report as new, unchanged or updated by content hash', async () => {
    expect(await store.upsertReports(sampleReports)).toEqual(sampleReports.map((r) => ({ reportId: r.report.id, outcome: 'new' })));
    expect((await store.upsertReports([sampleReports[0]!]))[0]!.outcome).toBe('unchanged');
    const edited = { ...sampleReports[0]!, report: { ...sampleReports[0]!.report, contentHash: 'r1-v2' }, ties: [], events: [] };
    expect((await store.upsertReports([edited]))[0]!.outcome).toBe('updated');
    const s = await store.stats();
    expect(s.edges.TIE).toBe(2); // r1's two ties retracted, r2's two remain
    expect(s.nodes.Event).toBe(0);
    expect(s.reports).toBe(3);
  });

  it('retracts a deleted report and removes what it alone supported', async () => {
    await store.upsertReports(sampleReports);
    expect(await store.deleteReport('r1')).toBe(true);
    expect(await store.deleteReport('r1')).toBe(false);
    const [larijani, iran, baghdad] = await store.getNodes(['person:ali-larijani', 'country:IRN', 'location:baghdad']);
    expect(larijani).toBeNull();
    expect(baghdad).toBeNull();
    expect(iran!.mentionCount).toBe(2);
    const s = await store.stats();
    expect(s.nodes.Claim).toBe(0);
    expect(s.nodes.Theme).toBe(2);
    expect(s.edges.AFFILIATED_WITH).toBe(0);
  });

  it('elects the most common name and keeps every other form as an alias', async () => {
    await store.upsertReports(sampleReports);
    const [iran] = await store.getNodes(['country:IRN']);
    expect(iran).toEqual({ id: 'country:IRN', kind: 'Country', name: 'Iran', aliases: ['Iranian', 'Islamic Republic of Iran'], props: {}, mentionCount: 3 });
  });

  it('stores hostile names as data and searches them without Lucene errors', async () => {
    const hostile = entity('person:bobby', 'Person', "Robert'); MATCH (n) DETACH DELETE n //", ['(*', '\\"}]']);
    await store.upsertReports([report('rh', '2025-04-01', { entities: [hostile, entity('country:IRN', 'Country', 'Iran')] })]);
    const [node] = await store.getNodes(['person:bobby']);
    expect(node!.name).toBe("Robert'); MATCH (n) DETACH DELETE n //");
    expect(node!.aliases).toEqual(['(*', '\\"}]']);
    for (const q of ['MATCH (n)', '(*', 'a:b AND "', '~^\\', ']]]{', 'OR', 'NOT robert']) {
      await expect(store.search({ query: q })).resolves.toBeDefined();
    }
    const hits = await store.search({ query: 'robert' });
    expect(hits.items.map((h) => h.node.id)).toEqual(['person:bobby']);
    expect((await store.stats()).reports).toBe(1);
  });

  it('finds entities by name prefix and alias, filtered by kind', async () => {
    await store.upsertReports(sampleReports);
    expect((await store.search({ query: 'Larij' })).items[0]!.node.id).toBe('person:ali-larijani');
    expect((await store.search({ query: 'iraqi' })).items[0]!.node.id).toBe('country:IRQ');
    const onlyPeople = await store.search({ query: 'iran', kinds: ['Person'] });
    expect(onlyPeople.items.every((h) => h.node.kind === 'Person')).toBe(true);
  });

  it('aggregates ties and co-mentions inside the window', async () => {
    await store.upsertReports(sampleReports);
    const g = await store.neighborhood({ ids: ['country:IRN'] });
    const tie = g.edges.find((e) => e.id === 'TIE:country:IRN|country:IRQ')!;
    expect(tie).toMatchObject({ kind: 'TIE', evidenceCount: 2, reportCount: 3, weight: 2.25, firstDate: '2025-01-09', lastDate: '2025-02-18', meanPolarity: 1.5 });
    const windowed = await store.neighborhood({ ids: ['country:IRN'], from: '2025-03-01' });
    expect(windowed.edges.find((e) => e.source === 'country:IRN' && e.target === 'country:IRQ')).toMatchObject({ kind: 'CO_MENTION', weight: 0.25, evidenceCount: 1 });
    expect(g.edges.find((e) => e.kind === 'AFFILIATED_WITH')).toMatchObject({ source: 'person:ali-larijani', target: 'country:IRN', weight: 1 });
  });

  it('buckets a pair timeline and pages its evidence', async () => {
    await store.upsertReports(sampleReports);
    const buckets = await store.tieTimeline({ a: 'country:IRQ', b: 'country:IRN', interval: 'month' });
    expect(buckets).toEqual([
      { start: '2025-01-01', count: 1, cooperation: 1, conflict: 0, meanPolarity: 6, reportIds: ['r1'], eventIds: [] },
      { start: '2025-02-01', count: 1, cooperation: 0, conflict: 1, meanPolarity: -3, reportIds: ['r2'], eventIds: [] },
    ]);
    const page = await store.evidence({ a: 'country:IRN', b: 'country:IRQ', first: 1 });
    expect(page.totalCount).toBe(2);
    expect(page.items[0]).toEqual({ reportId: 'r1', reportTitle: 'Report r1', date: '2025-01-09', sentence: 'Iran and Iraq agreed.', start: 30, end: 51, kind: 'cooperation', polarity: 6 });
    const next = await store.evidence({ a: 'country:IRN', b: 'country:IRQ', first: 1, after: page.nextCursor });
    expect(next.items[0]!.reportId).toBe('r2');
    expect(next.nextCursor).toBeNull();
  });

  it('finds shortest paths hop by hop and honours avoidKinds', async () => {
    await store.upsertReports(sampleReports);
    const found = await store.paths({ from: 'person:ali-larijani', to: 'person:mohammed-shia-al-sudani', maxHops: 3, k: 2 });
    expect(found[0]!.length).toBe(2);
    expect(found[0]!.nodes[0]!.id).toBe('person:ali-larijani');
    expect(found[0]!.nodes.at(-1)!.id).toBe('person:mohammed-shia-al-sudani');
    const avoided = await store.paths({ from: 'person:ali-larijani', to: 'person:mohammed-shia-al-sudani', maxHops: 3, avoidKinds: ['Country'] });
    expect(avoided).toEqual([]);
  });

  it('merges reversibly: the source id answers as the target until unmerged', async () => {
    await store.upsertReports(sampleReports);
    const m = await store.mergeEntities({ targetId: 'country:IRN', sourceId: 'country:SAU', by: 'analyst', reason: 'test' });
    expect(m).toMatchObject({ targetId: 'country:IRN', sourceId: 'country:SAU', by: 'analyst', reason: 'test', undone: false });
    const [asTarget] = await store.getNodes(['country:SAU']);
    expect(asTarget!.id).toBe('country:IRN');
    expect(asTarget!.aliases).toContain('Saudi Arabia');
    expect((await store.reports({ entityId: 'country:IRN' })).totalCount).toBe(3);
    const undone = await store.unmergeEntity({ mergeId: m.id, by: 'analyst' });
    expect(undone.undone).toBe(true);
    const [back] = await store.getNodes(['country:SAU']);
    expect(back!.id).toBe('country:SAU');
    await expect(store.unmergeEntity({ mergeId: 'merge:nope', by: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('adds an alias that search then finds', async () => {
    await store.upsertReports(sampleReports);
    const node = await store.addAlias({ id: 'country:IRQ', alias: 'Mesopotamia' });
    expect(node.aliases).toContain('Mesopotamia');
    expect((await store.search({ query: 'mesopotamia' })).items[0]!.node.id).toBe('country:IRQ');
  });

  it('lists reports and events newest first with filters', async () => {
    await store.upsertReports(sampleReports);
    expect((await store.reports({})).items.map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect((await store.reports({ theme: 'ENERGY' })).items.map((r) => r.id)).toEqual(['r2']);
    expect((await store.reports({ from: '2025-02-01', to: '2025-02-28' })).items.map((r) => r.id)).toEqual(['r2']);
    const events = await store.events({ actorId: 'country:IRQ' });
    expect(events.items).toEqual([{
      id: 'event:2025-01-09:visit', date: '2025-01-09', kind: 'cooperation', polarity: 4, summary: 'Larijani visits Baghdad',
      actorIds: ['country:IRQ', 'person:ali-larijani'], reportIds: ['r1'],
    }]);
  });
});
