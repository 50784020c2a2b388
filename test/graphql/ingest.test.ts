/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/** ingestReport / ingestReports through GraphQL: real decompose, real embedded store. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/graphql-harness.ts';

const corpus = (name: string) => readFileSync(new URL(`../corpus/reports/${name}.txt`, import.meta.url), 'utf8');
const codeOf = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;
const INGEST = 'mutation($text: String, $input: ReportInput) { ingestReport(text: $text, input: $input) { reportId outcome title entityCount entityIds tieCount eventCount warnings } }';

let h: Harness;
beforeAll(async () => { h = await createHarness({ env: { KG_MAX_REPORT_BYTES: '200000' } }); });
afterAll(() => h.close());

describe('ingestReport', () => {
  it('stores a report text as new, then unchanged on re-ingest, and the graph answers about it', async () => {
    const text = corpus('dev-000-larijani-iraq-ties');
    const first = await h.gql(INGEST, { text });
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestReport.outcome).toBe('new');
    expect(first.data!.ingestReport.entityCount).toBeGreaterThan(2);
    expect(first.data!.ingestReport.entityIds).toHaveLength(first.data!.ingestReport.entityCount);
    expect(first.data!.ingestReport.entityIds).toEqual(expect.arrayContaining(['person:ali-larijani', 'country:IRN', 'country:IRQ']));
    const again = await h.gql(INGEST, { text });
    expect(again.data!.ingestReport).toMatchObject({ reportId: first.data!.ingestReport.reportId, outcome: 'unchanged' });

    const larijani = await h.gql('{ entity(name: "Ali Larijani") { id } }');
    expect(larijani.data!.entity.id).toBe('person:ali-larijani');
    const report = await h.gql('query($id: ID!) { report(id: $id) { title } }', { id: first.data!.ingestReport.reportId });
    expect(report.data!.report.title).toBe(first.data!.ingestReport.title);
  });

  it('stores a structured ReportInput with its own entities and ties', async () => {
    const input = {
      title: 'Baghdad and Ankara sign a water deal', source: 'Tool Desk', publishedOn: '2025-05-02',
      entities: [{ name: 'Iraq', kind: 'Country' }, { name: 'Turkey', kind: 'Country' }],
      ties: [{ a: 'Iraq', b: 'Turkey', polarity: 4, kind: 'cooperation', sentence: 'Iraq and Turkey signed a water deal.' }],
    };
    const r = await h.gql(INGEST, { input });
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingestReport).toMatchObject({ outcome: 'new', entityCount: 2, entityIds: ['country:IRQ', 'country:TUR'], tieCount: 1 });
    const ev = await h.gql('{ evidence(a: "country:IRQ", b: "country:TUR", from: "2025-05-01", to: "2025-05-31") { edges { node { sentence } } } }');
    expect(ev.data!.evidence.edges).toEqual([{ node: { sentence: 'Iraq and Turkey signed a water deal.' } }]);
  });

  it('needs exactly one of text and input', async () => {
    const r = await h.gql(INGEST, {});
    expect(codeOf(r)).toBe('BAD_INPUT');
    expect(r.errors![0]!.message).toMatch(/exactly one of `text` and `input`/);
  });

  it('a report one byte over KG_MAX_REPORT_BYTES is TOO_LARGE', async () => {
    const r = await h.gql(INGEST, { text: 'x'.repeat(200_001) });
    expect(codeOf(r)).toBe('TOO_LARGE');
    expect(r.errors![0]!.message).toMatch(/200000-byte limit/);
  });

  it('a structured report that breaks ReportInput is BAD_INPUT naming the field', async () => {
    const r = await h.gql(INGEST, { input: { title: 'x', confidence: 'certain' } });
    expect(codeOf(r)).toBe('BAD_INPUT');
    expect(r.errors![0]!.message).toMatch(/confidence/);
  });
});

describe('ingestReports', () => {
  const BATCH = 'mutation($reports: [ReportSubmission!]!) { ingestReports(reports: $reports) { new updated unchanged results { reportId outcome } } }';

  it('stores a batch and counts outcomes', async () => {
    const r = await h.gql(BATCH, { reports: [{ text: corpus('dev-001-sudani-tehran-visit') }, { text: corpus('dev-000-larijani-iraq-ties') }, { text: corpus('dev-002-saudi-iran-beijing-deal') }] });
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingestReports).toMatchObject({ new: 2, updated: 0, unchanged: 1 });
    expect(r.data!.ingestReports.results).toHaveLength(3);
  });

  it('writes nothing when one report of the batch is bad, and says which', async () => {
    const before = (await h.gql('{ stats { reports } }')).data!.stats.reports;
    const r = await h.gql(BATCH, { reports: [{ text: corpus('dev-003-iran-iraq-border-security-pact') }, { text: 'a', input: { title: 'both' } }] });
    expect(codeOf(r)).toBe('BAD_INPUT');
    expect(r.errors![0]!.message).toMatch(/exactly one of/);
    expect((await h.gql('{ stats { reports } }')).data!.stats.reports).toBe(before);
  });

  it('a batch one over the maximum is BAD_INPUT', async () => {
    const r = await h.gql(BATCH, { reports: Array.from({ length: 21 }, () => ({ text: 'x' })) });
    expect(codeOf(r)).toBe('BAD_INPUT');
    expect(r.errors![0]!.message).toMatch(/at most 20 reports/);
  });
});
