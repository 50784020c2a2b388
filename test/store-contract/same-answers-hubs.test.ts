/**
 * Same answers on a graph with hubs: a few hundred synthetic reports over a small pool, so
 * the busiest actors share hundreds of neighbours. That is where the Neo4j store changes
 * strategy (edges fetched in chunks until the element budget is spent; a path step's totals
 * read from the hub's own PAIRs instead of sought one by one; a narrow window's evidence
 * found through the date indexes), and where it must still agree with the embedded store
 * value for value.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/port.ts';
import { pickReadTargets } from '../../bench/read-targets.ts';
import { syntheticReports } from '../fixtures/synthetic-reports.ts';
import { describeNeo4j } from '../support/neo4j-env.ts';
import { openBothStores, type BothStores } from './both-stores.ts';

const reports = syntheticReports(240, 5, { poolSize: 300, validate: false });
const t = pickReadTargets(reports);

describeNeo4j('same answers around hubs: neo4j and embedded', (cfg) => {
  let stores: BothStores;

  beforeAll(async () => {
    const batches = [0, 60, 120, 180].map((i) => reports.slice(i, i + 60));
    stores = await openBothStores(cfg, batches);
  }, 600_000);

  afterAll(() => stores?.close());

  const same = <T>(label: string, q: (s: GraphStore) => Promise<T>) => stores.same(label, q);

  it('answers neighbourhoods of the busiest actor identically at every budget', async () => {
    const full = await same('d2 default', (s) => s.neighborhood({ ids: [t.hub], depth: 2 }));
    expect(full.truncated).toBe(true);
    expect(full.edges.length).toBeGreaterThan(full.nodes.length * 5); // dense: budget spent on edges
    for (const limit of [10, 40, 100, 250, 1000, 3000]) {
      await same(`d2 limit ${limit}`, (s) => s.neighborhood({ ids: [t.hub], depth: 2, fanOut: 50, limit }));
    }
    await same('d3 sparse kinds', (s) => s.neighborhood({ ids: [t.hub, t.mid], depth: 3, fanOut: 4, kinds: ['Person'], minWeight: 2 }));
  });

  it('answers windowed reads identically, narrow windows (found from the date side) and wide ones', async () => {
    for (const w of [{ from: '2023-04-01', to: '2023-06-30' }, { from: '2024-01-01', to: '2024-12-31' }, { from: '2019-03-01' }, { to: '2025-10-01' }]) {
      const g = await same(`d2 ${JSON.stringify(w)}`, (s) => s.neighborhood({ ids: [t.hub], depth: 2, ...w }));
      expect(g.edges.length).toBeGreaterThan(0);
      await same(`d2 limit 60 ${JSON.stringify(w)}`, (s) => s.neighborhood({ ids: [t.hub], depth: 2, fanOut: 8, limit: 60, ...w }));
      await same(`paths ${JSON.stringify(w)}`, (s) => s.paths({ from: t.hub, to: t.mid, k: 5, maxHops: 4, window: w }));
    }
  });

  it('answers paths between hubs identically, through their many shared neighbours', async () => {
    // Every two-hop path is scored before the best are kept: enough of them that the Neo4j
    // store reads the busiest ends' PAIRs whole rather than pair by pair.
    const namedWith = (id: string) => new Set(reports.filter((r) => r.entities.some((e) => e.id === id)).flatMap((r) => r.entities.map((e) => e.id)));
    const aSide = namedWith(t.a);
    expect([...namedWith(t.b)].filter((v) => aSide.has(v)).length).toBeGreaterThanOrEqual(64);
    await same('a → b, k 10', (s) => s.paths({ from: t.a, to: t.b, k: 10, maxHops: 3 }));
    await same('a → b, k 3', (s) => s.paths({ from: t.a, to: t.b, k: 3, maxHops: 4 }));
    await same('hub → mid', (s) => s.paths({ from: t.hub, to: t.mid, k: 5, maxHops: 4 }));
    await same('mid → hub', (s) => s.paths({ from: t.mid, to: t.hub, k: 5, maxHops: 4 }));
  });
});
