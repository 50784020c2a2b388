/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/** Each limit is proven by a request just over it (and, where cheap, one just at it). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../server/graphql/limits.ts';
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
      expect((await small.gql('{ evidence(a: "x", b: "y") { edges { node { sentence } } } }')).errors).toBeUndefined();
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

  it(`cost over ${limits.maxCost} is TOO_LARGE`, async () => {
    const small = await createHarness({ limits: { maxCost: 20 } });
    try {
      expect((await small.gql('{ health { status store } }')).errors).toBeUndefined();
      const over = await small.gql('{ stats { reports firstDate lastDate nodes { kind count } edges { kind count } } }');
      expect(codeOf(over)).toBe('TOO_LARGE');
      expect(over.errors![0]!.message).toMatch(/Cost limit of 20 exceeded/);
    } finally { await small.close(); }
  });

  it(`more than ${limits.maxDirectives} directives is TOO_LARGE`, async () => {
    const over = await h.gql(`{ health { status ${Array.from({ length: limits.maxDirectives + 1 }, () => '@include(if: true)').join(' ')} } }`);
    expect(codeOf(over)).toBe('TOO_LARGE');
  });
});

describe('argument limits (zod, BAD_INPUT naming the range)', () => {
  const cases: [string, string, RegExp][] = [
    ['first', `{ reports(first: ${limits.maxPageSize + 1}) { totalCount } }`, /`first` must be 1\.\.100/],
    ['first on search', `{ search(query: "Iran", first: ${limits.maxPageSize + 1}) { totalCount } }`, /`first` must be 1\.\.100/],
    ['first on evidence', `{ evidence(a: "a", b: "b", first: 0) { totalCount } }`, /`first` must be 1\.\.100/],
    ['nodes ids', `{ nodes(ids: [${Array.from({ length: limits.maxNodeIds + 1 }, (_, i) => `"n${i}"`).join(',')}]) { id } }`, /at most 100 ids/],
    ['neighborhood depth', `{ neighborhood(ids: ["country:IRN"], depth: ${limits.maxNeighborhoodDepth + 1}) { truncated } }`, /`depth` must be 1\.\.3/],
    ['neighborhood ids', `{ neighborhood(ids: [${Array.from({ length: limits.maxNeighborhoodIds + 1 }, (_, i) => `"n${i}"`).join(',')}]) { truncated } }`, /at most 20 ids/],
    ['neighborhood limit', `{ neighborhood(ids: ["country:IRN"], limit: ${limits.maxNeighborhoodLimit + 1}) { truncated } }`, /`limit` must be 1\.\.2000/],
    ['neighborhood fanOut', `{ neighborhood(ids: ["country:IRN"], fanOut: ${limits.maxFanOut + 1}) { truncated } }`, /`fanOut` must be 1\.\.200/],
    ['paths maxHops', `{ paths(from: "a", to: "b", maxHops: ${limits.maxPathHops + 1}) { length } }`, /`maxHops` must be 1\.\.6/],
    ['paths k', `{ paths(from: "a", to: "b", k: ${limits.maxPaths + 1}) { length } }`, /`k` must be 1\.\.10/],
    ['window order', '{ tieTimeline(a: "a", b: "b", from: "2025-02-01", to: "2025-01-01") { start } }', /`from` must not be after `to`/],
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

  it('neighborhood with a small limit says truncated', async () => {
    const r = await h.gql('{ neighborhood(ids: ["country:IRQ"], depth: 2, limit: 3) { truncated nodes { id } edges { id } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.neighborhood.truncated).toBe(true);
    expect(r.data!.neighborhood.nodes.length + r.data!.neighborhood.edges.length).toBeLessThanOrEqual(3);
  });
});
