/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/**
 * Every query, in process (app.fetch), against a real store seeded with three reports.
 * Run unchanged against the embedded store and against Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResponse, Harness } from './graphql-harness.ts';
import { SEED_REPORTS } from './seed-reports.ts';

export function defineQuerySuite(label: string, open: () => Promise<Harness>): void {
  describe(`GraphQL queries on the ${label} store`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await open();
    await h.store.upsertReports(SEED_REPORTS);
  });
  afterAll(() => h.close());

  it('health says which store answers', async () => {
    const r = await h.gql('{ health { status store storeReachable } }');
    expect(r.data).toEqual({ health: { status: 'ok', store: h.store.kind, storeReachable: true } });
  });

  it('node and nodes resolve ids to typed nodes, null for unknown ids, in order', async () => {
    const r = await h.gql(`{
      node(id: "country:IRN") { __typename id kind name ... on Entity { aliases } }
      nodes(ids: ["person:ali-larijani", "nope:x", "report:2025-01-15-larijani-baghdad"]) { __typename id ... on Report { title publishedOn } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.node).toMatchObject({ __typename: 'Entity', id: 'country:IRN', kind: 'Country', name: 'Iran' });
    expect(r.data!.nodes).toEqual([
      { __typename: 'Entity', id: 'person:ali-larijani' },
      null,
      { __typename: 'Report', id: 'report:2025-01-15-larijani-baghdad', title: 'Larijani visits Baghdad', publishedOn: '2025-01-15' },
    ]);
  });

  it('entity finds by id and by name or alias', async () => {
    const r = await h.gql(`{
      byId: entity(id: "country:TUR") { name }
      byName: entity(name: "Ali Larijani") { id }
      byAlias: entity(name: "Türkiye") { id }
      missing: entity(id: "country:XXX") { id }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ byId: { name: 'Turkey' }, byName: { id: 'person:ali-larijani' }, byAlias: { id: 'country:TUR' }, missing: null });
  });

  it('entity with both id and name is BAD_INPUT', async () => {
    const r = await h.gql('{ entity(id: "country:IRN", name: "Iran") { id } }');
    expect(r.errors![0]!.extensions!.code).toBe('BAD_INPUT');
    expect(r.errors![0]!.message).toMatch(/exactly one of `id` and `name`/);
  });

  it('entity affiliations give the role, both ends and the reports, from either end', async () => {
    const r = await h.gql(`{
      person: entity(id: "person:ali-larijani") { affiliations { personId organizationId role reportIds reportCount organization { name kind } } }
      country: entity(id: "country:IRN") { affiliations(first: 5) { role reportCount person { id name } } }
      none: entity(id: "country:TUR") { affiliations { role } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      person: { affiliations: [{
        personId: 'person:ali-larijani', organizationId: 'country:IRN', role: 'security chief',
        reportIds: ['report:2025-01-15-larijani-baghdad'], reportCount: 1, organization: { name: 'Iran', kind: 'Country' },
      }] },
      country: { affiliations: [{ role: 'security chief', reportCount: 1, person: { id: 'person:ali-larijani', name: 'Ali Larijani' } }] },
      none: { affiliations: [] },
    });
    const tooMany = await h.gql('{ entity(id: "country:IRN") { affiliations(first: 101) { role } } }');
    expect(tooMany.errors![0]!.extensions!.code).toBe('BAD_INPUT');
    expect(tooMany.errors![0]!.message).toMatch(/`first` must be 1\.\.100/);
  });

  it('search pages with Relay cursors until hasNextPage is false', async () => {
    const q = 'query($after: String) { search(query: "Iraq", first: 1, after: $after) { totalCount edges { cursor score node { id } } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const r: GraphQLResponse = await h.gql(q, { after });
      expect(r.errors).toBeUndefined();
      const s: any = r.data!.search;
      total = s.totalCount;
      expect(s.edges).toHaveLength(1);
      seen.push(s.edges[0].node.id);
      if (!s.pageInfo.hasNextPage) break;
      after = s.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(1);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toContain('country:IRQ');
  });

  it('search filters by node kind', async () => {
    const r = await h.gql('{ search(query: "Larijani", kinds: [Person]) { edges { node { id kind } } } }');
    expect(r.data!.search.edges.map((e: any) => e.node.kind)).toEqual(['Person']);
  });

  it('reports lists newest first, filters by entity and window, and report(id) returns one', async () => {
    const r = await h.gql(`{
      all: reports { totalCount edges { node { id publishedOn } } }
      iran2025: reports(entityId: "country:IRN", from: "2025-01-01", to: "2025-02-28") { edges { node { id entities { id name } } } }
      report(id: "report:2025-03-10-border") { title source confidence format entities { id } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.all.totalCount).toBe(3);
    expect(r.data!.all.edges.map((e: any) => e.node.publishedOn)).toEqual(['2025-03-10', '2025-01-15', '2024-06-01']);
    expect(r.data!.iran2025.edges).toEqual([{ node: { id: 'report:2025-01-15-larijani-baghdad', entities: [
      { id: 'country:IRN', name: 'Iran' }, { id: 'country:IRQ', name: 'Iraq' }, { id: 'person:ali-larijani', name: 'Ali Larijani' },
    ] } }]);
    expect(r.data!.report).toEqual({
      title: 'Border tensions', source: 'Test Desk', confidence: 'moderate', format: 'intel-report',
      entities: [{ id: 'country:IRN' }, { id: 'country:IRQ' }, { id: 'country:TUR' }],
    });
  });

  it('reports(entityId, withEntityId) lists the reports naming both; withEntityId alone is BAD_INPUT', async () => {
    const r = await h.gql(`{
      iran: reports(entityId: "country:IRN") { edges { node { id } } }
      iraq: reports(entityId: "country:IRQ") { edges { node { id } } }
      both: reports(entityId: "country:IRN", withEntityId: "country:IRQ") { totalCount edges { node { id } } }
    }`);
    expect(r.errors).toBeUndefined();
    const ids = (c: any) => c.edges.map((e: any) => e.node.id as string);
    const iraq = new Set(ids(r.data!.iraq));
    const expected = ids(r.data!.iran).filter((id: string) => iraq.has(id));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(r.data!.both)).toEqual(expected);
    expect(r.data!.both.totalCount).toBe(expected.length);
    const bad = await h.gql('{ reports(withEntityId: "country:IRQ") { totalCount } }');
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_INPUT');
    expect(bad.errors![0]!.message).toMatch(/withEntityId.*entityId/);
  });

  it('events filter by actor and kind, with actors resolved', async () => {
    const r = await h.gql(`{ events(actorId: "country:IRN", kind: conflict) { totalCount edges { node { date kind polarity actors { id } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.events.totalCount).toBe(1);
    const e = r.data!.events.edges[0].node;
    expect(e).toMatchObject({ date: '2025-03-10', kind: 'conflict', polarity: -4 });
    expect(e.actors.map((a: any) => a.id).sort()).toEqual(['country:IRN', 'country:IRQ']);
  });

  it('neighborhood returns nodes and aggregated edges, with the window applied to edges', async () => {
    const q = `query($from: Date, $to: Date) { neighborhood(ids: ["country:IRQ"], depth: 1, from: $from, to: $to) {
      truncated nodes { id } edges { source target kind weight evidenceCount firstDate lastDate sourceNode { name } } } }`;
    const all = await h.gql(q);
    expect(all.errors).toBeUndefined();
    expect(all.data!.neighborhood.nodes.map((n: any) => n.id).sort()).toEqual(['country:IRN', 'country:IRQ', 'country:TUR', 'country:USA', 'person:ali-larijani']);
    expect(all.data!.neighborhood.truncated).toBe(false);
    const iranIraq = all.data!.neighborhood.edges.find((e: any) => [e.source, e.target].sort().join() === 'country:IRN,country:IRQ');
    expect(iranIraq).toMatchObject({ kind: 'TIE', evidenceCount: 2, firstDate: '2025-01-15', lastDate: '2025-03-10' });
    expect(iranIraq.sourceNode.name).toMatch(/Iran|Iraq/);

    const jan = await h.gql(q, { from: '2025-01-01', to: '2025-01-31' });
    const ids = jan.data!.neighborhood.edges.flatMap((e: any) => [e.source, e.target]);
    expect(ids).not.toContain('country:TUR');
    expect(ids).not.toContain('country:USA');
    const janIranIraq = jan.data!.neighborhood.edges.find((e: any) => [e.source, e.target].sort().join() === 'country:IRN,country:IRQ');
    expect(janIranIraq.evidenceCount).toBe(1);
  });

  it('paths finds who connects Ali Larijani to Turkey, and the window removes paths', async () => {
    const q = `query($window: DateWindow) { paths(from: "person:ali-larijani", to: "country:TUR", maxHops: 3, k: 2, window: $window) { length nodes { id } edges { kind } } }`;
    const r = await h.gql(q);
    expect(r.errors).toBeUndefined();
    expect(r.data!.paths[0]).toMatchObject({ length: 2, nodes: [{ id: 'person:ali-larijani' }, { id: 'country:IRQ' }, { id: 'country:TUR' }] });
    const before = await h.gql(q, { window: { to: '2025-02-01' } });
    expect(before.data!.paths).toEqual([]);
  });

  it('tieTimeline buckets Iran–Iraq by month with cooperation and conflict, reports and events', async () => {
    const r = await h.gql(`{ tieTimeline(a: "country:IRN", b: "country:IRQ", interval: month, from: "2025-01-01", to: "2025-12-31") {
      start count cooperation conflict meanPolarity reportIds reports { id } events { id } } }`);
    expect(r.errors).toBeUndefined();
    const buckets = r.data!.tieTimeline;
    expect(buckets.map((b: any) => [b.start, b.count, b.cooperation, b.conflict])).toEqual([['2025-01-01', 1, 1, 0], ['2025-03-01', 1, 0, 1]]);
    expect(buckets[0].reports).toEqual([{ id: 'report:2025-01-15-larijani-baghdad' }]);
  });

  it('evidence lists the sentences behind an edge, oldest first, paged', async () => {
    const r = await h.gql(`{ evidence(a: "country:IRQ", b: "country:IRN", first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { sentence date kind polarity report { title } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.evidence.totalCount).toBe(2);
    expect(r.data!.evidence.edges[0].node).toMatchObject({ sentence: 'Iran and Iraq signed a security memorandum.', date: '2025-01-15', kind: 'cooperation', report: { title: 'Larijani visits Baghdad' } });
    const next = await h.gql('query($after: String) { evidence(a: "country:IRQ", b: "country:IRN", first: 1, after: $after) { pageInfo { hasNextPage } edges { node { sentence } } } }', { after: r.data!.evidence.pageInfo.endCursor });
    expect(next.data!.evidence.edges[0].node.sentence).toBe('Iran shelled positions inside Iraq.');
    expect(next.data!.evidence.pageInfo.hasNextPage).toBe(false);
  });

  it('stats counts reports and kinds', async () => {
    const r = await h.gql('{ stats { reports firstDate lastDate nodes { kind count } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.stats).toMatchObject({ reports: 3, firstDate: '2024-06-01', lastDate: '2025-03-10' });
    expect(r.data!.stats.nodes).toContainEqual({ kind: 'Country', count: 4 });
  });

  it('ontology lists every node kind', async () => {
    const r = await h.gql('{ ontology { nodeKinds { name } edgeKinds { name } } }');
    expect(r.data!.ontology.nodeKinds.map((k: any) => k.name)).toContain('Person');
  });

  it('a bad Date is BAD_INPUT with the expected format', async () => {
    const r = await h.gql('{ tieTimeline(a: "country:IRN", b: "country:IRQ", from: "2025-13-01") { start } }');
    expect(r.errors![0]!.message).toMatch(/YYYY-MM-DD/);
    const year = await h.gql('{ tieTimeline(a: "country:IRN", b: "country:IRQ", from: 2025) { start } }');
    expect(year.errors![0]!.message).toMatch(/YYYY-MM-DD, e\.g\. 2025-03-01 \(got 2025\)/);
  });

  it('an invalid cursor is BAD_INPUT', async () => {
    const r = await h.gql('{ reports(after: "garbage") { totalCount } }');
    expect(r.errors![0]!.extensions!.code).toBe('BAD_INPUT');
  });

  it('an id that names no entity is NOT_FOUND (a report id BAD_INPUT), not an empty answer', async () => {
    const queries = {
      evidence: '{ evidence(a: "country:IRN", b: "country:NOPE") { totalCount } }',
      tieTimeline: '{ tieTimeline(a: "person:nobody", b: "country:IRQ") { start } }',
      paths: '{ paths(from: "country:IRN", to: "country:NOPE") { length } }',
      neighborhood: '{ neighborhood(ids: ["country:NOPE", "person:nobody"]) { truncated } }',
      reports: '{ reports(entityId: "country:NOPE") { totalCount } }',
      events: '{ events(actorId: "country:NOPE") { totalCount } }',
    };
    for (const [name, query] of Object.entries(queries)) {
      const r = await h.gql(query);
      expect(r.errors?.[0]?.extensions?.code, name).toBe('NOT_FOUND');
      expect(r.errors![0]!.message, name).toMatch(/No entity "(country:NOPE|person:nobody)".*search or entity\(name:\)/);
    }
    const report = await h.gql('{ neighborhood(ids: ["report:2025-01-15-larijani-baghdad"]) { truncated } }');
    expect(report.errors![0]!.extensions!.code).toBe('BAD_INPUT');
    expect(report.errors![0]!.message).toMatch(/must be an entity id; "report:2025-01-15-larijani-baghdad" is a Report/);
    // Known entities with nothing between them in the window stay an empty answer, and a
    // view's seed list may hold a node deleted since: the known seeds answer.
    const empty = await h.gql(`{
      evidence(a: "country:IRN", b: "country:IRQ", from: "1990-01-01", to: "1990-12-31") { totalCount }
      neighborhood(ids: ["country:NOPE", "country:IRN"]) { nodes { id } }
    }`);
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.evidence.totalCount).toBe(0);
    expect(empty.data!.neighborhood.nodes.map((n: any) => n.id)).toContain('country:IRN');
  });

  it('a country gives its ISO code; a report counts itself once', async () => {
    const r = await h.gql(`{
      iran: entity(id: "country:IRN") { iso3 }
      person: entity(id: "person:ali-larijani") { iso3 }
      report: node(id: "report:2025-01-15-larijani-baghdad") { mentionCount }
    }`);
    expect(r.data).toEqual({ iran: { iso3: 'IRN' }, person: { iso3: null }, report: { mentionCount: 1 } });
  });
  });
}
