/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/** Each limit is proven by a request just over it (and, where cheap, one just at it). */
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../server/graphql/create-yoga.ts';
import { defaultLimits } from '../../server/graphql/limits.ts';
import { operationCost } from '../../server/graphql/plugins/use-cost-limit.ts';
import { DEFAULT_PAGE_SIZE } from '../../server/store/shared/cursor.ts';
import { createHarness, type Harness } from './support/graphql-harness.ts';
import { SEED_REPORTS } from './support/seed-reports.ts';

const limits = defaultLimits(2 * 1024 * 1024);
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await h.store.upsertReports(SEED_REPORTS);
});
afterAll(() => h.close());

const codeOf = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;

describe('query-shape limits (graphql-armor)', () => {
  it("a depth-5 query passes the default depth limit and is TOO_LARGE under a depth limit of 4", async () => {
    const at = '{ evidence(a: "country:IRN", b: "country:IRQ") { edges { node { report { props } } } } }'; // depth 5
    expect((await h.gql(at)).errors).toBeUndefined();
    const small = await createHarness({ limits: { maxDepth: 4 } });
    try {
      const over = await small.gql(at);
      expect(codeOf(over)).toBe('TOO_LARGE');
      expect(over.errors![0]!.message).toMatch(/depth limit of 4 exceeded/);
      // Depth 4 passes the check (unknown ids: the answer is NOT_FOUND, from the resolver, not a limit).
      expect(codeOf(await small.gql('{ evidence(a: "x", b: "y") { edges { node { sentence } } } }'))).toBe('NOT_FOUND');
    } finally { await small.close(); }
  });

  it(`more than ${limits.maxAliases} aliases is TOO_LARGE`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { status }`).join(' ')} }`;
    expect((await h.gql(aliases(limits.maxAliases))).errors).toBeUndefined();
    const over = await h.gql(aliases(limits.maxAliases + 1));
    expect(codeOf(over)).toBe('TOO_LARGE');
    expect(over.errors![0]!.message).toMatch(/Aliases limit of 15 exceeded|limit of 15 exceeded/);
  });

  it(`more than ${limits.maxTokens} tokens is TOO_LARGE`, async () => {
    const fields = (n: number) => `{ health { ${Array.from({ length: n }, () => 'status').join(' ')} } }`;
    const over = await h.gql(fields(limits.maxTokens));
    expect(codeOf(over)).toBe('TOO_LARGE');
    expect(over.errors![0]!.message).toMatch(/Token limit of 2000 exceeded/);
  });

  it(`more than ${limits.maxDirectives} directives is TOO_LARGE`, async () => {
    const over = await h.gql(`{ health { status ${Array.from({ length: limits.maxDirectives + 1 }, () => '@include(if: true)').join(' ')} } }`);
    expect(codeOf(over)).toBe('TOO_LARGE');
  });
});

describe('query cost', () => {
  const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
  const ENTITY = 'id kind name aliases mentionCount props iso3';
  const REPORT = 'id kind name aliases mentionCount props title publishedOn source confidence format bluf';
  const NODE = 'id kind name aliases mentionCount props ... on Entity { iso3 } ... on Report { title publishedOn source confidence format bluf } ... on Event { date eventKind polarity summary }';
  /** Every connection of schema.graphql at the largest page, selecting every field it has (nested pages aside). */
  const FULL_PAGES: Record<string, string> = {
    search: `search(query: "Iran", first: 100) { totalCount ${PAGE_INFO} edges { cursor score node { ${NODE} } } }`,
    reports: `reports(first: 100) { totalCount ${PAGE_INFO} edges { cursor node { id title source publishedOn confidence format } } }`,
    events: `events(first: 100) { totalCount ${PAGE_INFO} edges { cursor node { id date kind polarity summary actorIds reportIds actors { ${NODE} } } } }`,
    evidence: `evidence(a: "country:IRN", b: "country:IRQ", first: 100) { totalCount ${PAGE_INFO} edges { cursor node { reportId reportTitle date sentence start end kind polarity report { ${REPORT} } } } }`,
    'Entity.affiliations': `entity(id: "country:IRN") { affiliations(first: 100) { personId person { ${ENTITY} } organizationId organization { ${ENTITY} } role reportIds reportCount } }`,
  };
  for (const [name, page] of Object.entries(FULL_PAGES)) {
    it(`admits ${name} at first: ${limits.maxPageSize} with every field`, async () => {
      const r = await h.gql(`{ ${page} }`);
      expect(r.errors).toBeUndefined();
    });
  }

  const schema = createSchema();
  const costOf = (query: string) => operationCost(schema, parse(query), { maxPageSize: limits.maxPageSize, defaultPageSize: DEFAULT_PAGE_SIZE, reportEntities: limits.maxReportEntities });

  it('a request at the limit passes and one scalar more is TOO_LARGE', async () => {
    const at = `{ ${FULL_PAGES.evidence} }`;
    const over = `{ ${FULL_PAGES.evidence} __typename }`;
    const cost = costOf(at);
    expect(costOf(over)).toBe(cost + 1);
    const exact = await createHarness({ limits: { maxCost: cost } });
    try {
      await exact.store.upsertReports(SEED_REPORTS);
      expect((await exact.gql(at)).errors).toBeUndefined();
      const r = await exact.gql(over);
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe('TOO_LARGE');
      expect(r.errors![0]!.message).toBe(`Query cost limit of ${cost} exceeded, found ${cost + 1}: lower \`first\` or select fewer fields.`);
    } finally { await exact.close(); }
  });

  it('a connection without `first` costs its default page: 100 hits each listing affiliations are refused', async () => {
    const r = await h.gql('{ search(query: "Iran", first: 100) { edges { node { ... on Entity { affiliations { role } } } } } }');
    expect(codeOf(r)).toBe('TOO_LARGE');
    expect((await h.gql('{ search(query: "Iran", first: 10) { edges { node { ... on Entity { affiliations { role } } } } } }')).errors).toBeUndefined();
  });

  it(`a report's entities cost as many as it may list (${limits.maxReportEntities}): 20 reports with their entities pass, 100 are TOO_LARGE`, async () => {
    const q = (first: number) => `{ reports(first: ${first}) { edges { node { id entities { id name } } } } }`;
    expect((await h.gql(q(20))).errors).toBeUndefined();
    expect(costOf(q(20))).toBeLessThanOrEqual(limits.maxCost);
    expect(codeOf(await h.gql(q(100)))).toBe('TOO_LARGE');
  });

  it('admits the page size given as a variable, up to the largest page', async () => {
    const r = await h.gql(`query($n: Int) { ${FULL_PAGES.evidence!.replace('first: 100', 'first: $n')} }`, { n: limits.maxPageSize });
    expect(r.errors).toBeUndefined();
  });

  it('refuses a query that multiplies big lists, saying what to change', async () => {
    const r = await h.gql('{ search(query: "Iran", first: 100) { edges { node { ... on Entity { affiliations(first: 100) { role person { id name } organization { id name } } } } } } }');
    expect(r.status).toBe(400);
    expect(codeOf(r)).toBe('TOO_LARGE');
    expect(r.errors![0]!.message).toMatch(/^Query cost limit of \d+ exceeded, found \d+: lower `first` or select fewer fields\.$/);
    expect(r.errors![0]!.extensions).toEqual({ code: 'TOO_LARGE' });
  });

  it('costs a page size given as a variable as the page it asks for', async () => {
    const query = 'query($a: Int, $b: Int) { search(query: "Iran", first: $a) { edges { node { ... on Entity { affiliations(first: $b) { role person { id name } organization { id name } } } } } } }';
    expect(codeOf(await h.gql(query, { a: 100, b: 100 }))).toBe('TOO_LARGE');
    expect((await h.gql(query, { a: 5, b: 5 })).errors).toBeUndefined();
  });

  for (const first of [limits.maxPageSize + 1, 200, 1000, 100_000]) {
    it(`first: ${first} with every field is BAD_INPUT naming the range, not a cost error`, async () => {
      const r = await h.gql(`{ ${FULL_PAGES.search!.replace('first: 100', `first: ${first}`)} }`);
      expect(codeOf(r)).toBe('BAD_INPUT');
      expect(r.errors![0]!.message).toMatch(/`first` must be 1\.\.100/);
    });
  }
});

describe('argument limits (zod, BAD_INPUT naming the range)', () => {
  const cases: [string, string, RegExp][] = [
    ['first', `{ reports(first: ${limits.maxPageSize + 1}) { totalCount } }`, /`first` must be 1\.\.100/],
    ['first on search', `{ search(query: "Iran", first: ${limits.maxPageSize + 1}) { totalCount } }`, /`first` must be 1\.\.100/],
    ['first on evidence', `{ evidence(a: "a", b: "b", first: 0) { totalCount } }`, /`first` must be 1\.\.100/],
    ['nodes ids', `{ nodes(ids: [${Array.from({ length: limits.maxNodeIds + 1 }, (_, i) => `"n${i}"`).join(',')}]) { id } }`, /at most 100 ids/],
    ['neighborhood depth', `{ neighborhood(ids: ["country:IRN"], depth: ${limits.maxNeighborhoodDepth + 1}) { truncated } }`, /`depth` must be 0\.\.3/],
    ['neighborhood ids', `{ neighborhood(ids: [${Array.from({ length: limits.maxNeighborhoodIds + 1 }, (_, i) => `"n${i}"`).join(',')}]) { truncated } }`, /at most 20 ids/],
    ['neighborhood ids at depth 0', `{ neighborhood(depth: 0, ids: [${Array.from({ length: limits.maxInducedIds + 1 }, (_, i) => `"n${i}"`).join(',')}]) { truncated } }`, /at most 20 ids \(200 at depth 0\)/],
    ['neighborhood limit', `{ neighborhood(ids: ["country:IRN"], limit: ${limits.maxNeighborhoodLimit + 1}) { truncated } }`, /`limit` must be 1\.\.2000/],
    ['neighborhood fanOut', `{ neighborhood(ids: ["country:IRN"], fanOut: ${limits.maxFanOut + 1}) { truncated } }`, /`fanOut` must be 1\.\.200/],
    ['paths maxHops', `{ paths(from: "a", to: "b", maxHops: ${limits.maxPathHops + 1}) { length } }`, /`maxHops` must be 1\.\.6/],
    ['paths k', `{ paths(from: "a", to: "b", k: ${limits.maxPaths + 1}) { length } }`, /`k` must be 1\.\.10/],
    ['window order', '{ tieTimeline(a: "a", b: "b", from: "2025-02-01", to: "2025-01-01") { start } }', /`from` must not be after `to`/],
    ['paths window order', '{ paths(from: "a", to: "b", window: { from: "2026-01-01", to: "2025-01-01" }) { length } }', /`window\.from` must not be after `window\.to`/],
  ];
  for (const [name, query, message] of cases) {
    it(`${name} just over the limit is BAD_INPUT`, async () => {
      const r = await h.gql(query);
      expect(codeOf(r)).toBe('BAD_INPUT');
      expect(r.errors![0]!.message).toMatch(message);
    });
  }

  it('neighborhood at its caps is accepted', async () => {
    const r = await h.gql(`{ neighborhood(ids: ["country:IRN"], depth: ${limits.maxNeighborhoodDepth}, limit: ${limits.maxNeighborhoodLimit}, fanOut: ${limits.maxFanOut}) { truncated nodes { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.neighborhood.nodes.length).toBeGreaterThan(1);
  });

  it('neighborhood at depth 0 takes up to 200 ids and answers those entities with the edges among them', async () => {
    const ids = ['country:IRN', 'country:IRQ', 'person:ali-larijani', ...Array.from({ length: limits.maxInducedIds - 3 }, (_, i) => `person:nobody-${i}`)];
    const r = await h.gql(`query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 0) { truncated nodes { id } edges { source target } } }`, { ids });
    expect(r.errors).toBeUndefined();
    const g = r.data!.neighborhood as { truncated: boolean; nodes: { id: string }[]; edges: { source: string; target: string }[] };
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['country:IRN', 'country:IRQ', 'person:ali-larijani']);
    expect(g.edges.length).toBeGreaterThanOrEqual(3);
    expect(g.truncated).toBe(false);
  });

  it('neighborhood with a small limit says truncated', async () => {
    const r = await h.gql('{ neighborhood(ids: ["country:IRQ"], depth: 2, limit: 3) { truncated nodes { id } edges { id } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.neighborhood.truncated).toBe(true);
    expect(r.data!.neighborhood.nodes.length + r.data!.neighborhood.edges.length).toBeLessThanOrEqual(3);
  });
});
