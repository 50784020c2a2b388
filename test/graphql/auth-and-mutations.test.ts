/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/** API-key roles, the per-key mutation rate limit, and the store-editing mutations on the embedded store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/graphql-harness.ts';
import { SEED_REPORTS } from './support/seed-reports.ts';

const KEYS = { KG_API_KEYS: 'r-key:reader,e-key:editor,a-key:admin' };
const as = (key: string) => ({ authorization: `Bearer ${key}` });
const codeOf = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ env: KEYS, limits: { mutationRateLimit: 1000 } });
  await h.store.upsertReports(SEED_REPORTS);
});
afterAll(() => h.close());

describe('API keys', () => {
  it('without a key, queries are UNAUTHENTICATED with status 401', async () => {
    const r = await h.gql('{ health { status } }');
    expect(r.status).toBe(401);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0]!.message).toMatch(/authorization: Bearer/);
  });

  it('an unknown key is UNAUTHENTICATED', async () => {
    expect(codeOf(await h.gql('{ health { status } }', undefined, as('wrong')))).toBe('UNAUTHENTICATED');
  });

  it('reader reads (bearer or x-api-key) but cannot edit', async () => {
    expect((await h.gql('{ health { status } }', undefined, as('r-key'))).data).toEqual({ health: { status: 'ok' } });
    expect((await h.gql('{ health { status } }', undefined, { 'x-api-key': 'r-key' })).data).toEqual({ health: { status: 'ok' } });
    const r = await h.gql('mutation { addAlias(id: "country:IRN", alias: "Persia") { id } }', undefined, as('r-key'));
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/needs the editor role; your key has reader/);
  });

  it('editor adds aliases but cannot delete or merge', async () => {
    const ok = await h.gql('mutation { addAlias(id: "country:IRN", alias: "Persia") { id aliases } }', undefined, as('e-key'));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.addAlias.aliases).toContain('Persia');
    expect(codeOf(await h.gql('mutation { deleteReport(id: "report:2024-06-01-us-iraq") { deleted } }', undefined, as('e-key')))).toBe('FORBIDDEN');
    expect(codeOf(await h.gql('mutation { mergeEntities(targetId: "country:IRN", sourceId: "country:TUR", reason: "x") { id } }', undefined, as('e-key')))).toBe('FORBIDDEN');
  });

  it('a report ingested after addAlias that uses the alias is stored with the aliased entity', async () => {
    const added = await h.gql('mutation { addAlias(id: "person:ali-larijani", alias: "Abu Hassan al-Tehrani") { aliases } }', undefined, as('e-key'));
    expect(added.data!.addAlias.aliases).toContain('Abu Hassan al-Tehrani');
    const text = 'Iranian envoy in Baghdad\nPublished: 2025-08-02\n\nAbu Hassan al-Tehrani met Iraqi officials in Baghdad on 1 August 2025. '
      + 'Abu Hassan al-Tehrani thanked Iraq for sheltering pilgrims from Iran.';
    const ingested = await h.gql('mutation($text: String) { ingestReport(text: $text) { reportId outcome entityIds } }', { text }, as('e-key'));
    expect(ingested.data!.ingestReport.outcome).toBe('new');
    // What the viewer draws for it: the aliased entity, not the name the report used.
    expect(ingested.data!.ingestReport.entityIds).toContain('person:ali-larijani');
    expect(ingested.data!.ingestReport.entityIds).not.toContain('person:abu-hassan-al-tehrani');
    const q = `{ envoy: node(id: "person:abu-hassan-al-tehrani") { id }
      evidence(a: "person:ali-larijani", b: "country:IRQ", first: 100) { edges { node { sentence reportId } } } }`;
    const r = await h.gql(q, undefined, as('r-key'));
    expect(r.data!.envoy).toBeNull();
    expect(r.data!.evidence.edges.map((e: any) => e.node)).toContainEqual({
      sentence: 'Abu Hassan al-Tehrani thanked Iraq for sheltering pilgrims from Iran.', reportId: ingested.data!.ingestReport.reportId,
    });
  });

  it('an alias is found by name from then on; a name it already has changes nothing; another entity\'s name is a CONFLICT', async () => {
    const add = (alias: string) => h.gql(`mutation { addAlias(id: "country:IRQ", alias: "${alias}") { id aliases } }`, undefined, as('e-key'));
    const first = await add('Mesopotamia');
    expect(first.data!.addAlias.aliases).toContain('Mesopotamia');
    const found = await h.gql('{ entity(name: "mesopotamia") { id } }', undefined, as('r-key'));
    expect(found.data!.entity).toEqual({ id: 'country:IRQ' });
    const again = await add('MESOPOTAMIA');
    expect(again.errors).toBeUndefined();
    expect(again.data!.addAlias.aliases.filter((a: string) => a.toLowerCase() === 'mesopotamia')).toEqual(['Mesopotamia']);
    const clash = await add('Iran');
    expect(codeOf(clash)).toBe('CONFLICT');
    expect(clash.errors![0]!.message).toMatch(/"Iran" is already a name of country:IRN \(Iran\).*mergeEntities/);
    const after = await h.gql('{ entity(id: "country:IRQ") { aliases } }', undefined, as('r-key'));
    expect(after.data!.entity.aliases).not.toContain('Iran');
    // an unknown id is NOT_FOUND, whatever the alias
    const unknown = await h.gql('mutation { addAlias(id: "country:NOPE", alias: "Iran") { id } }', undefined, as('e-key'));
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });

  it('admin merges, unmerges and deletes', async () => {
    const merged = await h.gql('mutation { mergeEntities(targetId: "person:ali-larijani", sourceId: "country:USA", reason: "test merge") { id targetId sourceId by reason undone } }', undefined, as('a-key'));
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeEntities).toMatchObject({ targetId: 'person:ali-larijani', sourceId: 'country:USA', reason: 'test merge', undone: false });
    expect(merged.data!.mergeEntities.by).toMatch(/^key:[0-9a-f]{12}$/);
    const redirected = await h.gql('{ node(id: "country:USA") { id } }', undefined, as('r-key'));
    expect(redirected.data!.node.id).toBe('person:ali-larijani');

    const undone = await h.gql('mutation($id: ID!) { unmergeEntity(mergeId: $id) { undone } }', { id: merged.data!.mergeEntities.id }, as('a-key'));
    expect(undone.data!.unmergeEntity.undone).toBe(true);
    expect((await h.gql('{ node(id: "country:USA") { id } }', undefined, as('r-key'))).data!.node.id).toBe('country:USA');

    const del = await h.gql('mutation { deleteReport(id: "report:2024-06-01-us-iraq") { reportId deleted } }', undefined, as('a-key'));
    expect(del.data!.deleteReport).toEqual({ reportId: 'report:2024-06-01-us-iraq', deleted: true });
    expect((await h.gql('{ report(id: "report:2024-06-01-us-iraq") { id } }', undefined, as('r-key'))).data!.report).toBeNull();
  });

  it('deleting an unknown report is NOT_FOUND with what to do', async () => {
    const r = await h.gql('mutation { deleteReport(id: "report:nope") { deleted } }', undefined, as('a-key'));
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors![0]!.message).toMatch(/reports query/);
  });

  it('merging an entity into itself is BAD_INPUT', async () => {
    expect(codeOf(await h.gql('mutation { mergeEntities(targetId: "country:IRN", sourceId: "country:IRN", reason: "x") { id } }', undefined, as('a-key')))).toBe('BAD_INPUT');
  });
});

describe('mutation rate limit', () => {
  it(`the mutation just over the per-key limit is RATE_LIMITED, other keys are not affected`, async () => {
    const limited = await createHarness({ env: KEYS, limits: { mutationRateLimit: 2, mutationRateWindowMs: 60_000 } });
    try {
      await limited.store.upsertReports(SEED_REPORTS);
      const alias = (n: number, key: string) => limited.gql(`mutation { addAlias(id: "country:IRN", alias: "Alias ${n}") { id } }`, undefined, as(key));
      expect((await alias(1, 'e-key')).errors).toBeUndefined();
      expect((await alias(2, 'e-key')).errors).toBeUndefined();
      const over = await alias(3, 'e-key');
      expect(codeOf(over)).toBe('RATE_LIMITED');
      expect(over.errors![0]!.message).toMatch(/each report of a batch counts as one\): retry in \d+s\.$/);
      expect((await alias(4, 'a-key')).errors).toBeUndefined();
      expect((await limited.gql('{ health { status } }', undefined, as('e-key'))).errors).toBeUndefined();
    } finally { await limited.close(); }
  });
});
