/**
 * The same reports in both stores must give the same answers: every graph read is
 * compared value for value (search is left out: its scores come from different engines).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphStore, Interval } from '../../server/store/port.ts';
import { describeNeo4j } from '../support/neo4j-env.ts';
import { openBothStores, type BothStores } from './both-stores.ts';
import { E, R, worldReports } from './fixtures.ts';

const ENTITY_IDS = Object.values(E);
const WINDOWS = [{}, { from: '2024-03-01' }, { to: '2024-12-31' }, { from: '2024-03-09', to: '2025-02-03' }];

describeNeo4j('same answers: neo4j and embedded', (cfg) => {
  let stores: BothStores;
  let neo: GraphStore;
  let emb: GraphStore;

  beforeAll(async () => {
    const reports = worldReports();
    // two batches, so batch boundaries are exercised too
    stores = await openBothStores(cfg, [reports.slice(0, 3), reports.slice(3)]);
    ({ neo, emb } = stores);
  }, 600_000);

  afterAll(() => stores?.close());

  const same = <T>(label: string, q: (s: GraphStore) => Promise<T>) => stores.same(label, q);

  it('answers getNodes and stats identically', async () => {
    await same('getNodes', (s) => s.getNodes([...ENTITY_IDS, ...Object.values(R), 'nope']));
    await same('stats', (s) => s.stats());
  });

  it('answers neighborhood identically for every entity, depth and window', async () => {
    for (const id of ENTITY_IDS) {
      for (const w of WINDOWS) {
        for (const depth of [1, 2, 3]) await same(`${id} depth ${depth} ${JSON.stringify(w)}`, (s) => s.neighborhood({ ids: [id], depth, ...w }));
      }
    }
    await same('fan-out and limit', (s) => s.neighborhood({ ids: [E.IRQ], depth: 2, fanOut: 2, limit: 7 }));
    // Every element budget: the Neo4j store fetches edges in chunks sized to what is left,
    // so each cut point (a node admitted or not, in every chunk) must still match.
    for (let limit = 1; limit <= 120; limit++) {
      await same(`limit ${limit}`, (s) => s.neighborhood({ ids: [E.IRN], depth: 2, fanOut: 6, limit }));
    }
    await same('kinds and minWeight', (s) => s.neighborhood({ ids: [E.IRN, E.USA], depth: 2, kinds: ['Country', 'Organization'], minWeight: 1 }));
  });

  it('answers paths identically', async () => {
    for (const a of ENTITY_IDS) {
      for (const b of ENTITY_IDS) {
        if (a >= b) continue;
        await same(`${a} → ${b}`, (s) => s.paths({ from: a, to: b, k: 5, maxHops: 4 }));
      }
    }
    for (const w of WINDOWS.slice(1)) await same(`paths in ${JSON.stringify(w)}`, (s) => s.paths({ from: E.LAR, to: E.USA, k: 5, window: w }));
    await same('avoid kinds', (s) => s.paths({ from: E.LAR, to: E.USA, k: 10, maxHops: 6, avoidKinds: ['Country'] }));
  });

  it('answers tie timelines and evidence identically', async () => {
    const pairs = [[E.IRN, E.IRQ], [E.USA, E.PMF], [E.LAR, E.HAK], [E.IRQ, E.USA], [E.IRN, E.ISR]] as const;
    for (const [a, b] of pairs) {
      for (const interval of ['day', 'week', 'month', 'quarter', 'year'] as Interval[]) {
        for (const w of WINDOWS) await same(`${a}-${b} ${interval}`, (s) => s.tieTimeline({ a, b, interval, ...w }));
      }
      for (const w of WINDOWS) await same(`evidence ${a}-${b}`, (s) => s.evidence({ a: b, b: a, first: 2, ...w }));
    }
  });

  it('lists reports and events identically', async () => {
    for (const w of WINDOWS) {
      await same('reports', (s) => s.reports({ ...w }));
      await same('events', (s) => s.events({ ...w }));
    }
    await same('reports by entity', (s) => s.reports({ entityId: E.LAR }));
    await same('reports by theme', (s) => s.reports({ theme: 'US-IRAQ' }));
    await same('reports by source', (s) => s.reports({ source: 'Reuters', first: 1 }));
    await same('events by actor and kind', (s) => s.events({ actorId: E.PMF, kind: 'conflict' }));
  });

  it('still agrees after an edit, a delete, a merge and an unmerge', async () => {
    const [r1] = worldReports();
    const edited = { ...r1!, report: { ...r1!.report, contentHash: 'edited' }, ties: r1!.ties.slice(1) };
    expect(await neo.upsertReports([edited])).toEqual(await emb.upsertReports([edited]));
    expect(await neo.deleteReport(R.R4)).toBe(await emb.deleteReport(R.R4));
    await same('after edit + delete', (s) => s.neighborhood({ ids: [E.IRQ], depth: 2 }));
    await same('stats after edit + delete', (s) => s.stats());

    const [mn, me] = [
      await neo.mergeEntities({ targetId: E.IRN, sourceId: E.LAR, by: 't', reason: 'test' }),
      await emb.mergeEntities({ targetId: E.IRN, sourceId: E.LAR, by: 't', reason: 'test' }),
    ];
    expect({ ...mn, id: '', at: '' }).toEqual({ ...me, id: '', at: '' });
    await same('merged nodes', (s) => s.getNodes([E.LAR, E.IRN]));
    await same('merged neighborhood', (s) => s.neighborhood({ ids: [E.LAR], depth: 2 }));
    for (const w of WINDOWS.slice(1)) {
      await same(`merged neighborhood ${JSON.stringify(w)}`, (s) => s.neighborhood({ ids: [E.LAR, E.IRQ], depth: 2, ...w }));
      await same(`merged paths ${JSON.stringify(w)}`, (s) => s.paths({ from: E.HAK, to: E.LAR, k: 5, window: w }));
    }
    await same('merged timeline', (s) => s.tieTimeline({ a: E.LAR, b: E.IRQ, interval: 'month' }));
    await same('merged reports', (s) => s.reports({ entityId: E.LAR }));
    await same('merged events', (s) => s.events({ actorId: E.LAR }));
    await same('merged paths', (s) => s.paths({ from: E.HAK, to: E.USA, k: 5 }));
    await same('merged stats', (s) => s.stats());
    await same('merged search kinds', async (s) => (await s.search({ query: 'larijani' })).items.map((h) => h.node.id).sort());

    await neo.unmergeEntity({ mergeId: mn.id, by: 't' });
    await emb.unmergeEntity({ mergeId: me.id, by: 't' });
    await same('unmerged nodes', (s) => s.getNodes([E.LAR, E.IRN]));
    await same('unmerged neighborhood', (s) => s.neighborhood({ ids: [E.LAR], depth: 2 }));
    await same('unmerged stats', (s) => s.stats());
    await same('alias', (s) => s.addAlias({ id: E.HAK, alias: 'Sayyid Ammar' }));
  });
});
