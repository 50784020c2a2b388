/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL results are untyped JSON; the tests assert on their values. */
/**
 * Queries are served compiled (graphql-jit). The operations the viewer and the benches send
 * must really compile (a silent fall-back to the interpreter would cost ~4 ms per graph
 * view), and a compiled query must answer exactly what graphql-js answers: data, nulls,
 * abstract types, custom scalars and coded errors with their paths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
// yoga's own executor, the one that served queries before compilation (and the one in the
// same module realm as the schema: vitest would load graphql's ESM copy for 'graphql').
import { execute } from '@graphql-tools/executor';
import { createAffiliationLoader } from '../../server/graphql/create-affiliation-loader.ts';
import { createInputSchemas } from '../../server/graphql/create-input-schemas.ts';
import { createNodeLoader } from '../../server/graphql/create-node-loader.ts';
import { createSchema } from '../../server/graphql/create-yoga.ts';
import { defaultLimits } from '../../server/graphql/limits.ts';
import { compileOperation, executeCompiled } from '../../server/graphql/plugins/use-compiled-queries.ts';
import { NEIGHBORHOOD_QUERY } from '../../bench/graphql-operations.ts';
import { createHarness, type Harness } from './support/graphql-harness.ts';
import { SEED_REPORTS } from './support/seed-reports.ts';

const schema = createSchema();

const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  neighborhood: { query: NEIGHBORHOOD_QUERY, variables: { ids: ['country:IRQ'] } },
  nodesAndAffiliations: {
    query: `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id kind ... on Entity { iso3 affiliations { role reportCount organization { name } person { name } } } ... on Report { title publishedOn } } }`,
    variables: { ids: ['person:ali-larijani', 'nope:x', 'report:2025-01-15-larijani-baghdad', 'country:IRN'] },
  },
  timeline: { query: '{ tieTimeline(a: "country:IRN", b: "country:IRQ") { start count meanPolarity reports { id } events { date eventKind } } }' },
  badInput: { query: '{ ok: stats { reports } bad: entity(id: "country:IRN", name: "Iran") { id } deep: neighborhood(ids: ["country:IRQ"], depth: 9) { truncated } }' },
  badVariable: { query: 'query($d: Date) { tieTimeline(a: "country:IRN", b: "country:IRQ", from: $d) { start } }', variables: { d: '2025-13-01' } },
};

describe('compiled queries', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.store.upsertReports(SEED_REPORTS);
  });
  afterAll(() => h.close());

  it('compile every query operation the benches and tests send, never a mutation', () => {
    for (const [name, { query }] of Object.entries(QUERIES)) expect(compileOperation(schema, parse(query)), name).not.toBeNull();
    expect(compileOperation(schema, parse('mutation { addAlias(id: "x", alias: "y") { id } }'))).toBeNull();
  });

  it('answer exactly what graphql-js answers, errors and nulls included', async () => {
    const inputs = createInputSchemas(defaultLimits(2 ** 20));
    const context = () => ({ store: h.store, inputs, nodeLoader: createNodeLoader(h.store, 100), affiliationLoader: createAffiliationLoader(h.store, 100) });
    for (const [name, { query, variables }] of Object.entries(QUERIES)) {
      const document = parse(query);
      const compiled = compileOperation(schema, document)!;
      const fast = JSON.parse(JSON.stringify(await executeCompiled(compiled, { schema, document, contextValue: context(), variableValues: variables }, execute))) as any;
      const slow = JSON.parse(JSON.stringify(await execute({ schema, document, contextValue: context(), variableValues: variables }))) as any;
      expect(fast, name).toEqual(slow);
    }
  });

  it('serve coded errors with their path through the app, and bad variables in the scalar’s words', async () => {
    const r = await h.gql('{ ok: stats { reports } bad: entity(id: "country:IRN", name: "Iran") { id } }');
    expect(r.data).toEqual({ ok: { reports: 3 }, bad: null });
    expect(r.errors).toMatchObject([{ path: ['bad'], extensions: { code: 'BAD_INPUT' } }]);
    expect(r.errors![0]!.message).toMatch(/exactly one of `id` and `name`/);
    // A non-null field's error nulls its parent, here the whole data.
    const deep = await h.gql('{ ok: stats { reports } deep: neighborhood(ids: ["country:IRQ"], depth: 9) { truncated } }');
    expect(deep.data).toBeNull();
    expect(deep.errors).toMatchObject([{ path: ['deep'], extensions: { code: 'BAD_INPUT' } }]);
    const badDate = await h.gql(QUERIES.badVariable!.query, QUERIES.badVariable!.variables);
    expect(badDate.errors![0]!.message).toMatch(/Date must be a calendar day as YYYY-MM-DD/);
  });
});
