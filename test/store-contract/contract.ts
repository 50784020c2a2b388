/**
 * The GraphStore contract, written once and run unchanged against every adapter
 * (embedded.test.ts, neo4j.test.ts). Expected values are worked out by hand from
 * fixtures.ts; a value that differs between adapters is a bug in one of them.
 *
 * Semantics port.ts leaves open, decided here (both adapters follow them):
 * - Aggregated edges: TIE/CO_MENTION edges have source < target (ids sorted, as in
 *   pairEdgeId); AFFILIATED_WITH goes person → org. TIE edges take firstDate, lastDate and
 *   meanPolarity from the TIE evidence only; CO_MENTION edges take dates from the
 *   co-mentioning reports' publishedOn and meanPolarity null; AFFILIATED_WITH has null
 *   dates and polarity, evidenceCount = affiliation records, reportCount = their reports.
 * - neighborhood: depth default 1, must be 0..3 (BAD_INPUT otherwise; 0 = the seeds and
 *   the edges among them, nothing reached); fanOut default 50;
 *   limit default 500, 1..5000 (BAD_INPUT otherwise). Unknown or non-entity seeds are
 *   skipped. `kinds` filters the nodes reached, never the seeds. Per hop each frontier node
 *   expands at most fanOut *new* neighbours, strongest first (weight desc, edge id asc).
 *   The result is the induced subgraph of the visited nodes (every edge with weight ≥
 *   minWeight between two of them); nodes are admitted in visit order with their edges to
 *   earlier nodes while nodes + edges ≤ limit. Any cut sets truncated. Nodes and edges
 *   come back sorted by id. Entity aliases are sorted; event actorIds/reportIds sorted.
 * - paths: maxHops default 4 (1..6), k default 3 (1..10), BAD_INPUT outside. Simple paths
 *   over aggregated edges (affiliations included); order: hops asc, summed step weight desc,
 *   node ids; each step shows its strongest edge. avoidKinds spares the endpoints. Unknown
 *   endpoints → []. PathsArgs reuses from/to for the endpoints, so paths take no window.
 * - tieTimeline: only buckets holding ties; eventIds = events involving both ends with a date
 *   in the bucket (and window); bad interval → BAD_INPUT. Unknown ids → [].
 * - reports: `theme` matches a theme id or name (case-insensitive); `source` is exact.
 * - Events: props (date, kind, polarity, summary) from the first-ingested report telling it.
 * - mergeEntities: both ids must be current entities (NOT_FOUND), distinct after resolving
 *   (BAD_INPUT); the target keeps its name, gains the source's names as aliases; ties
 *   between the two become self-loops and drop out. unmergeEntity: unknown → NOT_FOUND,
 *   already undone → CONFLICT. addAlias: unknown entity → NOT_FOUND, blank → BAD_INPUT; an
 *   entity of the same kind that a later report names by the alias (its name, not a surface
 *   form; case and accents aside) is stored as the aliased entity (store/shared/apply-aliases.ts).
 * - stats: every ontology node and edge kind is a key (0 when absent); edges count evidence
 *   edges (INVOLVES one per report telling the event, like every evidence edge).
 * - search: empty query → empty page. Indexed: entity names + aliases, report titles,
 *   theme/source/claim names, event summaries. Scores differ by library: only order of
 *   clearly better hits is asserted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphStore, Subgraph } from '../../server/store/port.ts';
import { pairEdgeId } from '../../server/store/shared/edge-weight.ts';
import { buildReport, E, EV, HOSTILE_CYPHER, HOSTILE_HTML, R, renameEntity, SPECS, worldReports } from './fixtures.ts';

export interface ContractOptions {
  /** Per-test timeout for slower adapters (ms). */
  timeoutMs?: number;
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
const edge = (g: Subgraph, id: string): GraphEdge | undefined => g.edges.find((e) => e.id === id);

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  await expect(p).rejects.toMatchObject({ code });
}

export function defineStoreContract(name: string, makeStore: () => Promise<GraphStore>, opts: ContractOptions = {}): void {
  const timeout = opts.timeoutMs ?? 20_000;

  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
      await store.init();
    }, timeout);
    afterEach(async () => {
      await store.close();
    }, timeout);

    describe('writes', () => {
      it('answers ping once initialised', async () => {
        expect(await store.ping()).toBe(true);
        expect(store.kind === 'embedded' || store.kind === 'neo4j').toBe(true);
      });

      it('upserts new, then unchanged for the same hash, then updated for a new hash', async () => {
        const world = worldReports();
        const first = await store.upsertReports(world);
        expect(first).toEqual(world.map((r) => ({ reportId: r.report.id, outcome: 'new' })));
        expect(await store.upsertReports([world[0]!])).toEqual([{ reportId: R.R1, outcome: 'unchanged' }]);
        const edited = buildReport({ ...SPECS.R1, version: 2, ties: SPECS.R1.ties!.slice(0, 1) });
        expect(await store.upsertReports([edited])).toEqual([{ reportId: R.R1, outcome: 'updated' }]);
        expect((await store.stats()).reports).toBe(7);
      }, timeout);

      it('replaces the evidence of an edited report', async () => {
        await store.upsertReports(worldReports());
        expect((await store.evidence({ a: E.LAR, b: E.IRQ })).totalCount).toBe(1);
        const edited = buildReport({ ...SPECS.R1, version: 2, ties: SPECS.R1.ties!.slice(0, 1) });
        await store.upsertReports([edited]);
        expect((await store.evidence({ a: E.LAR, b: E.IRQ })).totalCount).toBe(0);
        const g = await store.neighborhood({ ids: [E.LAR] });
        expect(edge(g, pairEdgeId('TIE', E.LAR, E.IRQ))).toBeUndefined();
        expect(edge(g, pairEdgeId('CO_MENTION', E.LAR, E.IRQ))).toMatchObject({ kind: 'CO_MENTION', reportCount: 3, weight: 0.75 });
        expect((await store.stats()).edges.TIE).toBe(12);
      }, timeout);

      it('makes the most common name across reports the entity name, keeping others as aliases', async () => {
        await store.upsertReports(worldReports());
        await store.upsertReports([
          buildReport({ id: 'report:x1', title: 'x1', publishedOn: '2025-03-01', source: null, entities: [E.IRQ], names: { [E.IRQ]: 'Republic of Iraq' } }),
        ]);
        const [iraq] = await store.getNodes([E.IRQ]);
        expect(iraq!.name).toBe('Iraq');
        expect(iraq!.aliases).toEqual(expect.arrayContaining(['Republic of Iraq', 'Iraqi']));
        expect(iraq!.aliases).not.toContain('Iraq');
      }, timeout);

      it('counts spellings that differ only by accents or case as one name, showing the most common, accented on a tie', async () => {
        const named = (i: number, name: string) => buildReport({
          id: `report:hakim-${i}`, title: `h${i}`, publishedOn: `2025-03-0${i}`, source: null, entities: [E.HAK], names: { [E.HAK]: name },
        });
        // One at a time: ingest order decides ties, and "Ammar al-Hakim" is seen first.
        for (const [i, name] of ['Ammar al-Hakim', 'Ammar al-Hakim', 'Hakim', 'Ḥakīm', 'HAKIM'].entries()) await store.upsertReports([named(i + 1, name)]);
        const [hakim] = await store.getNodes([E.HAK]);
        expect(hakim!.name).toBe('Ḥakīm');
        expect(hakim!.aliases).toEqual(expect.arrayContaining(['Ammar al-Hakim', 'Hakim', 'HAKIM']));
      }, timeout);

      it('retracts a deleted report: its only entity disappears, a shared one stays', async () => {
        await store.upsertReports(worldReports());
        const extra = buildReport({ id: 'report:r8', title: 'Lone actor', publishedOn: '2025-05-05', source: 'AP', entities: [E.IRQ, E.BAG], themes: ['lone'] });
        extra.entities.push({ id: 'person:only-in-r8', kind: 'Person', name: 'Only In Eight', aliases: [], mentions: { count: 1, firstOffset: 0, sections: [] } });
        extra.ties.push({ a: 'person:only-in-r8', b: E.IRQ, kind: 'cooperation', polarity: 2, date: '2025-05-05', confidence: 1, sentence: 'Only In Eight met Iraq.', start: 0, end: 22 });
        await store.upsertReports([extra]);
        expect((await store.getNodes(['person:only-in-r8']))[0]?.mentionCount).toBe(1);
        expect((await store.getNodes([E.IRQ]))[0]?.mentionCount).toBe(7);

        expect(await store.deleteReport('report:r8')).toBe(true);
        expect(await store.deleteReport('report:r8')).toBe(false);
        expect(await store.deleteReport('report:never')).toBe(false);
        const [lone, iraq, theme, bag] = await store.getNodes(['person:only-in-r8', E.IRQ, 'theme:lone', E.BAG]);
        expect(lone).toBeNull();
        expect(theme).toBeNull();
        expect(iraq).toMatchObject({ id: E.IRQ, mentionCount: 6 });
        expect(bag).toMatchObject({ id: E.BAG, mentionCount: 1 });
        expect((await store.search({ query: 'Only In Eight' })).items.map((h) => h.node.id)).not.toContain('person:only-in-r8');
        expect((await store.stats()).edges.TIE).toBe(13);
      }, timeout);

      it('a cursor resumes after the item its page ended on, whatever was ingested or deleted since', async () => {
        await store.upsertReports(worldReports());
        const before = (await store.reports({ first: 100 })).items.map((r) => r.id);
        const first = await store.reports({ first: 3 });
        // a newer report now sorts first: an offset would show the first page's last item again
        await store.upsertReports([buildReport({ id: 'report:newest', title: 'Newest', publishedOn: '2030-01-01', source: 'AP', entities: [E.IRQ] })]);
        const second = await store.reports({ first: 3, after: first.nextCursor });
        // and an earlier item goes: an offset would skip one
        expect(await store.deleteReport(first.items[0]!.id)).toBe(true);
        expect(await store.deleteReport('report:newest')).toBe(true);
        expect(await store.deleteReport(second.items[0]!.id)).toBe(true);
        const rest = await store.reports({ first: 100, after: second.nextCursor });
        expect([...first.items, ...second.items, ...rest.items].map((r) => r.id)).toEqual(before);
        expect(rest.nextCursor).toBeNull();
        // every item's own cursor resumes right after it
        expect((await store.reports({ first: 1, after: second.cursors[1] })).items.map((r) => r.id)).toEqual([second.items[2]!.id]);
      }, timeout);

      it('deleting every report of a shared event keeps the event only while a report tells it', async () => {
        await store.upsertReports(worldReports());
        await store.deleteReport(R.R2);
        const [strikes] = await store.getNodes([EV.STRIKES]);
        expect(strikes).toMatchObject({ id: EV.STRIKES, kind: 'Event', mentionCount: 1 });
        await store.deleteReport(R.R3);
        expect((await store.getNodes([EV.STRIKES]))[0]).toBeNull();
        expect((await store.getNodes([E.PMF]))[0]).toBeNull();
      }, timeout);

      it('gives an event the properties of the earliest-ingested report telling it, through edits, later reports and deletes', async () => {
        const ev = { id: 'event:2025-06-01-border-talks', date: '2025-06-01', kind: 'cooperation' as const, polarity: 2, actors: [E.IRN, E.IRQ] };
        const told = (id: string, summary: string | null, version = 1) => buildReport({
          id, title: id, publishedOn: '2025-06-02', source: null, entities: [E.IRN, E.IRQ], version, events: summary ? [{ ...ev, summary }] : [],
        });
        const summary = async () => (await store.getNodes([ev.id]))[0]?.props.summary;
        await store.upsertReports([told('report:p1', null)]);
        await store.upsertReports([told('report:p2', 'Told by the second')]);
        expect(await summary()).toBe('Told by the second');
        // the first-ingested report, edited to tell it too, keeps its place and becomes the source
        await store.upsertReports([told('report:p1', 'Told by the first', 2)]);
        expect(await summary()).toBe('Told by the first');
        // a report ingested later does not take it over
        await store.upsertReports([told('report:p3', 'Told by the third')]);
        expect(await summary()).toBe('Told by the first');
        // deleting the source hands the event to the next earliest
        await store.deleteReport('report:p1');
        expect(await summary()).toBe('Told by the second');
      }, timeout);

      it('50 concurrent upserts sharing entities make exactly one node per entity', async () => {
        const batch = Array.from({ length: 50 }, (_, i) => {
          const r = buildReport({
            id: `report:concurrent-${i}`, title: `Concurrent ${i}`, publishedOn: '2025-01-01', source: 'Wire', entities: [E.IRN, E.IRQ],
            ties: [{ a: E.IRN, b: E.IRQ, polarity: 1, date: '2025-01-01' }],
          });
          r.entities.push({ id: `person:p-${i}`, kind: 'Person', name: `Person ${i}`, aliases: [], mentions: { count: 1, firstOffset: 0, sections: [] } });
          return r;
        });
        const results = await Promise.all(batch.map((r) => store.upsertReports([r])));
        expect(results.flat().every((r) => r.outcome === 'new')).toBe(true);
        const s = await store.stats();
        expect(s.nodes.Country).toBe(2);
        expect(s.nodes.Person).toBe(50);
        expect(s.nodes.Source).toBe(1);
        expect(s.edges.TIE).toBe(50);
        const [irn, irq] = await store.getNodes([E.IRN, E.IRQ]);
        expect(irn!.mentionCount).toBe(50);
        expect(irq!.mentionCount).toBe(50);
      }, timeout * 2);

      it('rejects an invalid report with BAD_INPUT', async () => {
        const bad = worldReports()[0]!;
        bad.ties.push({ ...bad.ties[0]!, a: 'person:nobody' });
        await expectCode(store.upsertReports([bad]), 'BAD_INPUT');
        expect((await store.stats()).reports).toBe(0);
      });
    });

    describe('reads over the fixture world', () => {
      beforeEach(async () => {
        await store.upsertReports(worldReports());
      }, timeout);

      it('getNodes returns nodes with their props, null for unknown ids, in order', async () => {
        const [lar, nope, r1, ev, irq] = await store.getNodes([E.LAR, 'person:nobody', R.R1, EV.STRIKES, E.IRQ]);
        expect(lar).toMatchObject({ id: E.LAR, kind: 'Person', name: 'Ali Larijani', mentionCount: 3 });
        expect(lar!.aliases).toEqual(['Iran’s security chief']);
        expect(nope).toBeNull();
        expect(r1).toMatchObject({
          id: R.R1, kind: 'Report',
          props: { title: SPECS.R1.title, publishedOn: '2024-01-15', source: 'Globalsecurity.org', confidence: 'moderate', format: 'intel-report', bluf: `${SPECS.R1.title}.` },
        });
        expect(ev).toMatchObject({ id: EV.STRIKES, kind: 'Event', mentionCount: 2, props: { date: '2024-03-08', kind: 'conflict', polarity: -7, summary: 'US strikes PMF positions' } });
        expect(irq).toMatchObject({ kind: 'Country', name: 'Iraq', mentionCount: 6 });
      });

      it('stores hostile names literally and finds them', async () => {
        const [img, cyp] = await store.getNodes([E.IMG, E.CYP]);
        expect(img!.name).toBe(HOSTILE_HTML);
        expect(cyp!.name).toBe(HOSTILE_CYPHER);
        expect((await store.search({ query: 'onerror' })).items.map((h) => h.node.id)).toContain(E.IMG);
        expect((await store.search({ query: HOSTILE_CYPHER })).items.map((h) => h.node.id)).toContain(E.CYP);
        expect((await store.search({ query: HOSTILE_HTML })).items.map((h) => h.node.id)).toContain(E.IMG);
        expect((await store.stats()).reports).toBe(7); // the Cypher-looking name ran nothing
      });

      it('search finds by prefix and by a typo, names before weaker hits', async () => {
        const prefix = await store.search({ query: 'Larij' });
        expect(prefix.items[0]?.node.id).toBe(E.LAR);
        expect(prefix.items[0]!.score).toBeGreaterThan(0);
        const typo = await store.search({ query: 'Larijanni' });
        expect(typo.items.map((h) => h.node.id)).toContain(E.LAR);
        const alias = await store.search({ query: 'Hashd' });
        expect(alias.items[0]?.node.id).toBe(E.PMF);
        expect((await store.search({ query: '   ' })).totalCount).toBe(0);
      });

      it('search filters by kind', async () => {
        const countries = await store.search({ query: 'Ira', kinds: ['Country'] });
        expect(ids(countries.items.map((h) => h.node))).toEqual([E.IRN, E.IRQ]);
        const reports = await store.search({ query: 'Larijani', kinds: ['Report'] });
        expect(ids(reports.items.map((h) => h.node))).toEqual([R.R1]);
      });

      it('search pages with cursors cover every hit once, sorted by score', async () => {
        const all = await store.search({ query: 'Ira', first: 100 });
        expect(all.totalCount).toBeGreaterThanOrEqual(4);
        const seen: string[] = [];
        let after: string | null = null;
        do {
          const page: Awaited<ReturnType<GraphStore['search']>> = await store.search({ query: 'Ira', first: 2, after });
          expect(page.items.length).toBeLessThanOrEqual(2);
          expect(page.totalCount).toBe(all.totalCount);
          seen.push(...page.items.map((h) => h.node.id));
          after = page.nextCursor;
        } while (after);
        expect(seen).toEqual(all.items.map((h) => h.node.id));
        expect(new Set(seen).size).toBe(seen.length);
        const scores = all.items.map((h) => h.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        await expectCode(store.search({ query: 'Ira', after: 'not-a-cursor' }), 'BAD_INPUT');
      });

      it('neighborhood depth 1 aggregates ties, co-mentions and affiliations', async () => {
        const g = await store.neighborhood({ ids: [E.LAR], depth: 1 });
        expect(g.truncated).toBe(false);
        expect(ids(g.nodes)).toEqual([E.IRN, E.IRQ, E.ISR, E.BAG, E.HAK, E.LAR].sort());
        expect(g.edges).toHaveLength(14);
        expect(g.nodes.map((n) => n.id)).toEqual(ids(g.nodes));
        expect(g.edges.map((e) => e.id)).toEqual(ids(g.edges));
        expect(edge(g, pairEdgeId('TIE', E.LAR, E.IRQ))).toEqual({
          id: pairEdgeId('TIE', E.LAR, E.IRQ), source: E.IRQ, target: E.LAR, kind: 'TIE', weight: 1.5,
          evidenceCount: 1, reportCount: 3, firstDate: '2024-01-14', lastDate: '2024-01-14', meanPolarity: 4,
        });
        expect(edge(g, pairEdgeId('TIE', E.LAR, E.HAK))).toMatchObject({ weight: 2, evidenceCount: 2, reportCount: 2, firstDate: '2025-02-03', lastDate: '2025-09-07' });
        expect(edge(g, pairEdgeId('TIE', E.LAR, E.HAK))!.meanPolarity).toBeCloseTo(4.5);
        expect(edge(g, pairEdgeId('CO_MENTION', E.LAR, E.IRN))).toMatchObject({
          kind: 'CO_MENTION', weight: 0.75, evidenceCount: 3, reportCount: 3, firstDate: '2024-01-15', lastDate: '2025-09-08', meanPolarity: null,
        });
        expect(edge(g, pairEdgeId('AFFILIATED_WITH', E.LAR, E.IRN))).toMatchObject({
          kind: 'AFFILIATED_WITH', source: E.LAR, target: E.IRN, weight: 1, evidenceCount: 2, reportCount: 2,
        });
        expect(edge(g, pairEdgeId('TIE', E.IRN, E.IRQ))).toMatchObject({ weight: 4, evidenceCount: 4, reportCount: 4 });
        expect(edge(g, pairEdgeId('TIE', E.IRN, E.ISR))).toMatchObject({ weight: 1.25, evidenceCount: 1, reportCount: 2 });
        expect(g.nodes.find((n) => n.id === E.LAR)).toMatchObject({ name: 'Ali Larijani', mentionCount: 3 });
      });

      it('neighborhood depth 2 reaches actors two hops out', async () => {
        const one = await store.neighborhood({ ids: [E.LAR], depth: 1 });
        const two = await store.neighborhood({ ids: [E.LAR], depth: 2 });
        expect(ids(one.nodes)).not.toContain(E.USA);
        expect(ids(two.nodes)).toEqual(Object.values(E).sort());
        await expectCode(store.neighborhood({ ids: [E.LAR], depth: 4 }), 'BAD_INPUT');
        await expectCode(store.neighborhood({ ids: [E.LAR], limit: 5001 }), 'BAD_INPUT');
      });

      it('neighborhood depth 0 answers the seeds alone with the edges among them, in the window, within the limit', async () => {
        const seeds = [E.LAR, E.IRQ, E.HAK, E.USA, 'person:nobody'];
        const full = await store.neighborhood({ ids: [E.LAR], depth: 3, limit: 5000, fanOut: 100 });
        const among = (g: Subgraph, set: string[]) => g.edges.filter((e) => set.includes(e.source) && set.includes(e.target));
        const g = await store.neighborhood({ ids: seeds, depth: 0 });
        expect(ids(g.nodes)).toEqual([E.LAR, E.IRQ, E.HAK, E.USA].sort());
        expect(g.edges).toEqual(among(full, seeds));
        expect(g.edges.length).toBeGreaterThanOrEqual(3);
        expect(g.truncated).toBe(false);
        // the window applies to the edges as at any depth
        const recent = await store.neighborhood({ ids: seeds, depth: 0, from: '2025-01-01' });
        const recentFull = await store.neighborhood({ ids: [E.LAR], depth: 3, limit: 5000, fanOut: 100, from: '2025-01-01' });
        expect(recent.edges).toEqual(among(recentFull, seeds));
        expect(edge(recent, pairEdgeId('TIE', E.LAR, E.IRQ))).toBeUndefined();
        // kinds and minWeight filter what is reached and the edges, never the seeds
        const filtered = await store.neighborhood({ ids: seeds, depth: 0, kinds: ['Country'], minWeight: 1.5 });
        expect(ids(filtered.nodes)).toEqual([E.LAR, E.IRQ, E.HAK, E.USA].sort());
        expect(filtered.edges).toEqual(among(full, seeds).filter((e) => e.weight >= 1.5));
        const cut = await store.neighborhood({ ids: seeds, depth: 0, limit: 2 });
        expect(cut.truncated).toBe(true);
        expect(cut.nodes.length + cut.edges.length).toBeLessThanOrEqual(2);
        await expectCode(store.neighborhood({ ids: [E.LAR], depth: -1 }), 'BAD_INPUT');
      });

      it('neighborhood filters by kind, minimum weight and window', async () => {
        const countries = await store.neighborhood({ ids: [E.LAR], kinds: ['Country'] });
        expect(ids(countries.nodes)).toEqual([E.IRN, E.IRQ, E.ISR, E.LAR].sort());

        const strong = await store.neighborhood({ ids: [E.LAR], minWeight: 1 });
        expect(ids(strong.nodes)).toEqual([E.IRN, E.IRQ, E.HAK, E.LAR].sort());
        expect(ids(strong.edges)).toEqual([
          pairEdgeId('TIE', E.LAR, E.IRQ), pairEdgeId('TIE', E.LAR, E.HAK), pairEdgeId('AFFILIATED_WITH', E.LAR, E.IRN), pairEdgeId('TIE', E.IRN, E.IRQ),
        ].sort());

        const recent = await store.neighborhood({ ids: [E.LAR], from: '2025-01-01' });
        expect(ids(recent.nodes)).toEqual([E.IRN, E.IRQ, E.ISR, E.HAK, E.LAR].sort());
        expect(edge(recent, pairEdgeId('TIE', E.LAR, E.IRQ))).toBeUndefined();
        expect(edge(recent, pairEdgeId('CO_MENTION', E.LAR, E.IRQ))).toMatchObject({ weight: 0.5, reportCount: 2 });
        expect(edge(recent, pairEdgeId('TIE', E.IRN, E.IRQ))).toMatchObject({ evidenceCount: 2, firstDate: '2025-02-01', lastDate: '2025-09-07' });

        const early = await store.neighborhood({ ids: [E.LAR], to: '2024-01-14' });
        expect(ids(early.nodes)).toEqual([E.IRN, E.IRQ, E.LAR].sort()); // ties on the 14th; report R1 (15th) is outside
      });

      it('neighborhood caps fan-out per node and total size, flagging truncation', async () => {
        const fan = await store.neighborhood({ ids: [E.LAR], fanOut: 2 });
        expect(fan.truncated).toBe(true);
        expect(ids(fan.nodes)).toEqual([E.IRQ, E.HAK, E.LAR].sort());
        const small = await store.neighborhood({ ids: [E.LAR], limit: 3 });
        expect(small.truncated).toBe(true);
        expect(ids(small.nodes)).toEqual([E.HAK, E.LAR].sort());
        expect(ids(small.edges)).toEqual([pairEdgeId('TIE', E.LAR, E.HAK)]);
        expect((await store.neighborhood({ ids: ['person:nobody'] })).nodes).toEqual([]);
        const two = await store.neighborhood({ ids: [E.IMG, E.CYP] });
        expect(ids(two.nodes)).toEqual([E.IRQ, E.IMG, E.CYP].sort());
      });

      it('paths from Ali Larijani to Iraq, shortest and strongest first', async () => {
        const ps = await store.paths({ from: E.LAR, to: E.IRQ, maxHops: 2, k: 3 });
        expect(ps.map((p) => p.nodes.map((n) => n.id))).toEqual([[E.LAR, E.IRQ], [E.LAR, E.IRN, E.IRQ], [E.LAR, E.HAK, E.IRQ]]);
        expect(ps.map((p) => p.length)).toEqual([1, 2, 2]);
        expect(ps[0]!.edges.map((e) => e.id)).toEqual([pairEdgeId('TIE', E.LAR, E.IRQ)]);
        expect(ps[1]!.edges.map((e) => e.id)).toEqual([pairEdgeId('AFFILIATED_WITH', E.LAR, E.IRN), pairEdgeId('TIE', E.IRN, E.IRQ)]);
        expect(await store.paths({ from: E.LAR, to: E.IRQ, k: 1 })).toHaveLength(1);
      });

      it('paths respect maxHops and avoidKinds', async () => {
        const viaIraq = await store.paths({ from: E.LAR, to: E.PMF, maxHops: 2, k: 10 });
        expect(viaIraq.map((p) => p.nodes.map((n) => n.id))).toEqual([[E.LAR, E.IRQ, E.PMF], [E.LAR, E.IRN, E.PMF]]);
        expect(await store.paths({ from: E.LAR, to: E.PMF, maxHops: 1 })).toEqual([]);
        const toUs = await store.paths({ from: E.LAR, to: E.USA, maxHops: 3, k: 10 });
        expect(toUs.length).toBeGreaterThan(0);
        expect(await store.paths({ from: E.LAR, to: E.USA, maxHops: 6, k: 10, avoidKinds: ['Country'] })).toEqual([]);
        const noIran = await store.paths({ from: E.LAR, to: E.IRQ, maxHops: 2, k: 10, avoidKinds: ['Country'] });
        expect(noIran.map((p) => p.nodes.map((n) => n.id))).toEqual([[E.LAR, E.IRQ], [E.LAR, E.HAK, E.IRQ], [E.LAR, E.BAG, E.IRQ]]);
        expect(await store.paths({ from: E.LAR, to: 'country:XXX' })).toEqual([]);
        await expectCode(store.paths({ from: E.LAR, to: E.IRQ, maxHops: 7 }), 'BAD_INPUT');
        await expectCode(store.paths({ from: E.LAR, to: E.IRQ, k: 11 }), 'BAD_INPUT');
      });

      it('tie timeline by month splits cooperation and conflict with reports and events', async () => {
        const months = await store.tieTimeline({ a: E.IRN, b: E.IRQ, interval: 'month' });
        expect(months).toEqual([
          { start: '2024-01-01', count: 1, cooperation: 1, conflict: 0, meanPolarity: 6, reportIds: [R.R1], eventIds: [EV.VISIT] },
          { start: '2024-03-01', count: 1, cooperation: 1, conflict: 0, meanPolarity: 3, reportIds: [R.R2], eventIds: [] },
          { start: '2025-02-01', count: 1, cooperation: 0, conflict: 1, meanPolarity: -3, reportIds: [R.R5], eventIds: [EV.NAJAF] },
          { start: '2025-09-01', count: 1, cooperation: 1, conflict: 0, meanPolarity: 5, reportIds: [R.R6], eventIds: [] },
        ]);
        expect(await store.tieTimeline({ a: E.IRQ, b: E.IRN, interval: 'month' })).toEqual(months);
      });

      it('tie timeline by year, inside a window', async () => {
        const years = await store.tieTimeline({ a: E.IRN, b: E.IRQ, interval: 'year' });
        expect(years).toHaveLength(2);
        expect(years[0]).toMatchObject({ start: '2024-01-01', count: 2, cooperation: 2, conflict: 0, reportIds: [R.R1, R.R2].sort(), eventIds: [EV.VISIT] });
        expect(years[0]!.meanPolarity).toBeCloseTo(4.5);
        expect(years[1]).toMatchObject({ start: '2025-01-01', count: 2, cooperation: 1, conflict: 1, reportIds: [R.R5, R.R6].sort(), eventIds: [EV.NAJAF] });
        expect(years[1]!.meanPolarity).toBeCloseTo(1);
        const windowed = await store.tieTimeline({ a: E.IRN, b: E.IRQ, interval: 'year', from: '2024-02-01', to: '2025-06-30' });
        expect(windowed.map((b) => [b.start, b.count, b.eventIds])).toEqual([['2024-01-01', 1, []], ['2025-01-01', 1, [EV.NAJAF]]]);
        const weeks = await store.tieTimeline({ a: E.USA, b: E.PMF, interval: 'week' });
        expect(weeks).toEqual([{ start: '2024-03-04', count: 2, cooperation: 0, conflict: 2, meanPolarity: -7.5, reportIds: [R.R2, R.R3].sort(), eventIds: [EV.STRIKES] }]);
        expect(await store.tieTimeline({ a: E.IRN, b: 'country:XXX', interval: 'month' })).toEqual([]);
        await expectCode(store.tieTimeline({ a: E.IRN, b: E.IRQ, interval: 'decade' as never }), 'BAD_INPUT');
      });

      it('evidence lists the linking sentences by date, paged', async () => {
        const all = await store.evidence({ a: E.IRQ, b: E.IRN });
        expect(all.totalCount).toBe(4);
        expect(all.items.map((x) => [x.date, x.reportId, x.polarity])).toEqual([
          ['2024-01-14', R.R1, 6], ['2024-03-09', R.R2, 3], ['2025-02-01', R.R5, -3], ['2025-09-07', R.R6, 5],
        ]);
        expect(all.items[0]).toEqual({
          reportId: R.R1, reportTitle: SPECS.R1.title, date: '2024-01-14', sentence: 'Iran and Iraq pledged closer security cooperation.',
          start: 24, end: 74, kind: 'cooperation', polarity: 6,
        });
        const p1 = await store.evidence({ a: E.IRN, b: E.IRQ, first: 3 });
        expect(p1.items).toHaveLength(3);
        expect(p1.nextCursor).not.toBeNull();
        const p2 = await store.evidence({ a: E.IRN, b: E.IRQ, first: 3, after: p1.nextCursor });
        expect(p2.items.map((x) => x.reportId)).toEqual([R.R6]);
        expect(p2.nextCursor).toBeNull();
        expect((await store.evidence({ a: E.IRN, b: E.IRQ, from: '2025-01-01' })).totalCount).toBe(2);
      });

      it('reports are listed newest first and filtered by entity, source, theme and window', async () => {
        const all = await store.reports({});
        expect(all.items.map((r) => r.id)).toEqual([R.R7, R.R6, R.R5, R.R4, R.R3, R.R2, R.R1]);
        expect(all.items[1]).toEqual({ id: R.R6, title: SPECS.R6.title, source: 'Globalsecurity.org', publishedOn: '2025-09-08', confidence: 'moderate', format: 'intel-report' });
        expect((await store.reports({ entityId: E.LAR })).items.map((r) => r.id)).toEqual([R.R6, R.R5, R.R1]);
        // the reports naming both: what lies behind a co-mention
        expect((await store.reports({ entityId: E.LAR, withEntityId: E.HAK })).items.map((r) => r.id)).toEqual([R.R6, R.R5]);
        expect((await store.reports({ entityId: E.USA, withEntityId: E.PMF, from: '2024-03-11' })).items.map((r) => r.id)).toEqual([R.R3]);
        expect((await store.reports({ entityId: E.LAR, withEntityId: E.PMF })).items).toEqual([]);
        expect((await store.reports({ source: 'Reuters' })).items.map((r) => r.id)).toEqual([R.R4, R.R2]);
        // a publisher by name in any case, or by its Source node id
        expect((await store.reports({ source: ' globalsecurity.ORG ' })).items.map((r) => r.id)).toContain(R.R6);
        expect((await store.reports({ source: 'source:reuters' })).items.map((r) => r.id)).toEqual([R.R4, R.R2]);
        expect((await store.reports({ source: 'Reuter' })).items).toEqual([]);
        expect((await store.reports({ theme: 'theme:iran-iraq-relations' })).items.map((r) => r.id)).toEqual([R.R6, R.R1]);
        expect((await store.reports({ from: '2024-01-01', to: '2024-12-31' })).items.map((r) => r.id)).toEqual([R.R4, R.R3, R.R2, R.R1]);
        const page = await store.reports({ first: 5 });
        expect(page).toMatchObject({ totalCount: 7 });
        expect((await store.reports({ first: 5, after: page.nextCursor })).items.map((r) => r.id)).toEqual([R.R2, R.R1]);
      });

      it('reportEntities lists the entities each report names, sorted; [] for an id that is no report', async () => {
        const [r1, r2, unknown, entity] = await store.reportEntities([R.R1, R.R2, 'report:never', E.IRQ]);
        expect(r1).toEqual([...SPECS.R1.entities].sort());
        expect(r2).toEqual([...SPECS.R2.entities].sort());
        expect([unknown, entity]).toEqual([[], []]);
        expect(await store.reportEntities([])).toEqual([]);
      });

      it('events merge one happening told by two reports and filter by actor, kind and window', async () => {
        const all = await store.events({});
        expect(all.items.map((e) => e.id)).toEqual([EV.NAJAF, EV.STRIKES, EV.VISIT]);
        expect(all.items[1]).toEqual({
          id: EV.STRIKES, date: '2024-03-08', kind: 'conflict', polarity: -7, summary: 'US strikes PMF positions',
          actorIds: [E.USA, E.PMF].sort(), reportIds: [R.R2, R.R3].sort(),
        });
        expect((await store.events({ actorId: E.IRQ })).items.map((e) => e.id)).toEqual([EV.NAJAF, EV.VISIT]);
        expect((await store.events({ kind: 'conflict' })).items.map((e) => e.id)).toEqual([EV.STRIKES]);
        expect((await store.events({ from: '2025-01-01' })).items.map((e) => e.id)).toEqual([EV.NAJAF]);
      });

      it('stats count every kind of node and evidence edge', async () => {
        const s = await store.stats();
        expect(s.reports).toBe(7);
        expect(s.firstDate).toBe('2024-01-15');
        expect(s.lastDate).toBe('2025-10-01');
        expect(s.nodes).toMatchObject({ Report: 7, Person: 3, Organization: 2, Country: 4, Location: 1, Event: 3, Theme: 5, Source: 3, Claim: 1 });
        expect(s.edges).toMatchObject({
          TIE: 13, MENTIONS: 26, AFFILIATED_WITH: 2, REPORTS: 4, INVOLVES: 11, PUBLISHED_BY: 6, TAGGED: 7, ASSERTS: 1, CONCERNS: 2,
        });
      });

      it('merges an entity into another and unmerges it again', async () => {
        const dup = buildReport({ id: 'report:dup', title: 'Duplicate Larijani', publishedOn: '2025-04-01', source: 'AP', entities: [E.ISR] });
        dup.entities.push({ id: 'person:ali-ardashir-larijani', kind: 'Person', name: 'Ali Ardashir Larijani', aliases: [], mentions: { count: 1, firstOffset: 0, sections: [] } });
        dup.ties.push({ a: 'person:ali-ardashir-larijani', b: E.ISR, kind: 'conflict', polarity: -6, date: '2025-04-01', confidence: 1, sentence: 'He warned Israel.', start: 0, end: 17 });
        await store.upsertReports([dup]);
        const before = await store.stats();

        const merge = await store.mergeEntities({ targetId: E.LAR, sourceId: 'person:ali-ardashir-larijani', by: 'analyst-1', reason: 'same person' });
        expect(merge).toMatchObject({ targetId: E.LAR, sourceId: 'person:ali-ardashir-larijani', by: 'analyst-1', reason: 'same person', undone: false });
        expect(merge.id).toBeTruthy();
        expect(Number.isNaN(Date.parse(merge.at))).toBe(false);

        const [viaSource, target] = await store.getNodes(['person:ali-ardashir-larijani', E.LAR]);
        expect(viaSource).toMatchObject({ id: E.LAR, name: 'Ali Larijani', mentionCount: 4 });
        expect(target!.aliases).toContain('Ali Ardashir Larijani');
        expect((await store.stats()).nodes.Person).toBe(before.nodes.Person! - 1);
        expect((await store.search({ query: 'Ardashir' })).items.map((h) => h.node.id)).toEqual([E.LAR]);
        expect(edge(await store.neighborhood({ ids: [E.LAR] }), pairEdgeId('TIE', E.LAR, E.ISR))).toMatchObject({ evidenceCount: 1, meanPolarity: -6 });
        // at depth 0 too, the id merged away answers as the entity it was merged into, with its edges
        const among = await store.neighborhood({ ids: ['person:ali-ardashir-larijani', E.ISR], depth: 0 });
        expect(ids(among.nodes)).toEqual([E.ISR, E.LAR].sort());
        expect(edge(among, pairEdgeId('TIE', E.LAR, E.ISR))).toMatchObject({ evidenceCount: 1, meanPolarity: -6 });
        expect((await store.evidence({ a: 'person:ali-ardashir-larijani', b: E.ISR })).totalCount).toBe(1);
        expect((await store.reports({ entityId: 'person:ali-ardashir-larijani' })).items.map((r) => r.id)).toContain(R.R1);
        expect(await store.reportEntities(['report:dup'])).toEqual([[E.ISR, E.LAR].sort()]);

        const undone = await store.unmergeEntity({ mergeId: merge.id, by: 'analyst-2' });
        expect(undone).toMatchObject({ id: merge.id, undone: true, targetId: E.LAR, sourceId: 'person:ali-ardashir-larijani' });
        const [back, lar] = await store.getNodes(['person:ali-ardashir-larijani', E.LAR]);
        expect(back).toMatchObject({ id: 'person:ali-ardashir-larijani', name: 'Ali Ardashir Larijani', mentionCount: 1 });
        expect(lar).toMatchObject({ mentionCount: 3 });
        expect(lar!.aliases).not.toContain('Ali Ardashir Larijani');
        expect(await store.stats()).toEqual(before);
        expect(edge(await store.neighborhood({ ids: [E.LAR] }), pairEdgeId('TIE', E.LAR, E.ISR))).toBeUndefined();
        expect(await store.reportEntities(['report:dup'])).toEqual([[E.ISR, 'person:ali-ardashir-larijani'].sort()]);
      });

      it('rejects bad merges with clear codes', async () => {
        await expectCode(store.mergeEntities({ targetId: E.LAR, sourceId: 'person:nobody', by: 'a', reason: 'r' }), 'NOT_FOUND');
        await expectCode(store.mergeEntities({ targetId: 'person:nobody', sourceId: E.LAR, by: 'a', reason: 'r' }), 'NOT_FOUND');
        await expectCode(store.mergeEntities({ targetId: E.LAR, sourceId: E.LAR, by: 'a', reason: 'r' }), 'BAD_INPUT');
        await expectCode(store.unmergeEntity({ mergeId: 'merge:nope', by: 'a' }), 'NOT_FOUND');
        const m = await store.mergeEntities({ targetId: E.IRN, sourceId: E.ISR, by: 'a', reason: 'test' });
        await expectCode(store.mergeEntities({ targetId: E.IRN, sourceId: E.ISR, by: 'a', reason: 'again' }), 'BAD_INPUT');
        await store.unmergeEntity({ mergeId: m.id, by: 'a' });
        await expectCode(store.unmergeEntity({ mergeId: m.id, by: 'a' }), 'CONFLICT');
      });

      it('addAlias makes an entity findable under the new name', async () => {
        const node = await store.addAlias({ id: E.IRQ, alias: 'Mesopotamia' });
        expect(node).toMatchObject({ id: E.IRQ, name: 'Iraq' });
        expect(node.aliases).toContain('Mesopotamia');
        expect((await store.search({ query: 'Mesopotamia' })).items.map((h) => h.node.id)).toEqual([E.IRQ]);
        expect((await store.getNodes([E.IRQ]))[0]!.aliases).toContain('Mesopotamia');
        await expectCode(store.addAlias({ id: 'person:nobody', alias: 'x' }), 'NOT_FOUND');
        await expectCode(store.addAlias({ id: E.IRQ, alias: '  ' }), 'BAD_INPUT');
      });

      it('resolves reports ingested after addAlias through the alias, for entities of the same kind', async () => {
        await store.addAlias({ id: E.LAR, alias: 'The Speaker' });
        const said = 'The speaker thanked Iraq for its hospitality.';
        const spec = {
          title: 'The speaker in Baghdad', publishedOn: '2025-07-01', source: 'AP', entities: [E.LAR, E.IRQ, E.PMF],
          ties: [{ a: E.LAR, b: E.IRQ, polarity: 3, date: '2025-07-01', sentence: said }, { a: E.PMF, b: E.IRQ, polarity: -2, date: '2025-07-01' }],
        };
        // What the decomposer makes of a name it does not know: an id of its own.
        const viaAlias = renameEntity(buildReport({ id: 'report:r9-speaker', ...spec }), E.LAR, 'person:the-speaker', 'the speaker');
        const larBefore = (await store.getNodes([E.LAR]))[0]!;
        expect(await store.upsertReports([viaAlias])).toEqual([{ reportId: 'report:r9-speaker', outcome: 'new' }]);
        expect(await store.getNodes(['person:the-speaker'])).toEqual([null]);
        expect((await store.getNodes([E.LAR]))[0]).toMatchObject({ name: larBefore.name, mentionCount: larBefore.mentionCount + 1 });
        expect((await store.evidence({ a: E.LAR, b: E.IRQ })).items.map((e) => e.sentence)).toContain(said);
        expect(await store.upsertReports([viaAlias])).toEqual([{ reportId: 'report:r9-speaker', outcome: 'unchanged' }]);

        // The same name on an organization is another actor: it keeps its own id.
        const orgNamed = renameEntity(buildReport({ id: 'report:r9-org', ...spec }), E.PMF, 'org:the-speaker', 'The Speaker');
        await store.upsertReports([orgNamed]);
        expect(await store.getNodes(['org:the-speaker'])).toEqual([expect.objectContaining({ id: 'org:the-speaker', kind: 'Organization' })]);
      }, timeout);

      it('gives an entity deleted with its last report its analyst aliases back when a report names it again', async () => {
        const lone = buildReport({ id: 'report:r9-lone', title: 'Lone envoy', publishedOn: '2025-05-05', source: 'AP', entities: [E.IRQ] });
        lone.entities.push({ id: 'person:lone-envoy', kind: 'Person', name: 'Lone Envoy', aliases: [], mentions: { count: 1, firstOffset: 0, sections: [] } });
        await store.upsertReports([lone]);
        await store.addAlias({ id: 'person:lone-envoy', alias: 'The Quiet Man' });
        expect(await store.deleteReport('report:r9-lone')).toBe(true);
        expect(await store.getNodes(['person:lone-envoy'])).toEqual([null]);

        await store.upsertReports([{ ...lone, report: { ...lone.report, id: 'report:r9-lone-again' } }]);
        expect((await store.getNodes(['person:lone-envoy']))[0]).toMatchObject({ name: 'Lone Envoy', aliases: ['The Quiet Man'] });
        expect((await store.search({ query: 'Quiet Man' })).items.map((h) => h.node.id)).toEqual(['person:lone-envoy']);
      }, timeout);
    });

    describe('affiliations', () => {
      const ROLES = 'report:r8-roles';
      beforeEach(async () => {
        await store.upsertReports(worldReports());
        await store.upsertReports([buildReport({
          id: ROLES, title: 'Who holds which post', publishedOn: '2025-06-01', source: 'AP', entities: [E.LAR, E.IRN, E.HAK, E.PMF, E.IRQ],
          affiliations: [
            { person: E.LAR, org: E.IRN, role: 'speaker of parliament' },
            { person: E.HAK, org: E.PMF, role: null },
            { person: E.HAK, org: E.IRQ, role: 'cleric' },
          ],
        })]);
      }, timeout);

      it('lists a person’s organizations with each role and its reports, most reported first', async () => {
        const [lar, hak] = await store.affiliations({ ids: [E.LAR, E.HAK] });
        expect(lar).toEqual([
          { personId: E.LAR, organizationId: E.IRN, role: 'security chief', reportIds: [R.R1, R.R6].sort() },
          { personId: E.LAR, organizationId: E.IRN, role: 'speaker of parliament', reportIds: [ROLES] },
        ]);
        expect(hak).toEqual([
          { personId: E.HAK, organizationId: E.IRQ, role: 'cleric', reportIds: [ROLES] },
          { personId: E.HAK, organizationId: E.PMF, role: null, reportIds: [ROLES] },
        ]);
      }, timeout);

      it('lists the people of an organization or country; [] for unknown, non-entity and unaffiliated ids', async () => {
        const [iran, pmf, nobody, report, usa] = await store.affiliations({ ids: [E.IRN, E.PMF, 'person:nobody', R.R1, E.USA] });
        expect(iran!.map((a) => [a.personId, a.role, a.reportIds.length])).toEqual([[E.LAR, 'security chief', 2], [E.LAR, 'speaker of parliament', 1]]);
        expect(pmf).toEqual([{ personId: E.HAK, organizationId: E.PMF, role: null, reportIds: [ROLES] }]);
        expect([nobody, report, usa]).toEqual([[], [], []]);
      }, timeout);

      it('caps each list at first (1..100, else BAD_INPUT) and forgets a deleted report’s roles', async () => {
        expect((await store.affiliations({ ids: [E.LAR], first: 1 }))[0]!.map((a) => a.role)).toEqual(['security chief']);
        await expectCode(store.affiliations({ ids: [E.LAR], first: 0 }), 'BAD_INPUT');
        await expectCode(store.affiliations({ ids: [E.LAR], first: 101 }), 'BAD_INPUT');
        await store.deleteReport(ROLES);
        expect((await store.affiliations({ ids: [E.LAR, E.HAK] }))).toEqual([
          [{ personId: E.LAR, organizationId: E.IRN, role: 'security chief', reportIds: [R.R1, R.R6].sort() }],
          [],
        ]);
      }, timeout);

      it('answers merged ids for the surviving entity, dropping an affiliation whose two ends merged', async () => {
        const merge = await store.mergeEntities({ targetId: E.LAR, sourceId: E.HAK, by: 'analyst-1', reason: 'test' });
        const [viaSource] = await store.affiliations({ ids: [E.HAK] });
        expect(viaSource!.map((a) => [a.personId, a.organizationId, a.role])).toEqual([
          [E.LAR, E.IRN, 'security chief'], [E.LAR, E.IRN, 'speaker of parliament'], [E.LAR, E.IRQ, 'cleric'], [E.LAR, E.PMF, null],
        ]);
        await store.unmergeEntity({ mergeId: merge.id, by: 'analyst-1' });
        await store.mergeEntities({ targetId: E.HAK, sourceId: E.PMF, by: 'analyst-1', reason: 'test' });
        const [hak, pmf] = await store.affiliations({ ids: [E.HAK, E.PMF] });
        expect(hak).toEqual([{ personId: E.HAK, organizationId: E.IRQ, role: 'cleric', reportIds: [ROLES] }]);
        expect(pmf).toEqual(hak);
      }, timeout);
    });
  });
}
