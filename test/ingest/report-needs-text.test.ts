/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/** A structured report with nothing to read is refused, not stored as an empty "Untitled report". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KgError } from '../../server/errors.ts';
import { decompose } from '../../server/ingest/decompose.ts';
import { createHarness, type Harness } from '../graphql/support/graphql-harness.ts';

const now = new Date('2030-01-01T00:00:00Z');
const INGEST = 'mutation($input: ReportInput) { ingestReport(input: $input) { reportId title entityCount tieCount warnings } }';

function errorOf(f: () => unknown): KgError | undefined {
  try { f(); } catch (e) { if (e instanceof KgError) return e; throw e; }
  return undefined;
}

describe('a structured report needs text', () => {
  it('refuses a blank title with no text, bluf or lists, saying what to give', () => {
    for (const input of [{ title: '   ' }, { title: ' ', text: ' \n\t ', bluf: '' }, { title: '\n', entities: [], ties: [] }]) {
      const e = errorOf(() => decompose(input, { now }));
      expect(e?.code).toBe('BAD_INPUT');
      expect(e?.message).toMatch(/a report needs text: give `text` \(the report body\) or a non-blank `title`, or list its `entities`/);
    }
    expect(errorOf(() => decompose('{"title": "  ", "text": ""}', { now, fileName: 'blank.json' }))?.message).toMatch(/^JSON report \(blank\.json\) does not match ReportInput: .*a report needs text/);
  });

  it('keeps structured reports that have text, a title or their own entities', () => {
    expect(decompose({ title: 'Iran and Iraq hold talks' }, { now }).report.title).toBe('Iran and Iraq hold talks');
    expect(decompose({ title: ' ', text: 'Iran and Iraq held talks in Baghdad.' }, { now }).entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:IRN', 'country:IRQ']));
    const tool = decompose({
      title: 'Water deal', text: 'Iraq and Turkey signed a water deal.', publishedOn: '2025-05-02',
      entities: [{ name: 'Iraq', kind: 'Country' }, { name: 'Turkey', kind: 'Country' }],
      ties: [{ a: 'Iraq', b: 'Turkey', polarity: 4, sentence: 'Iraq and Turkey signed a water deal.' }],
    }, { now });
    expect(tool.ties).toHaveLength(1);
  });
});

describe('ingestReport with a structured report that has no text', () => {
  let h: Harness;
  beforeAll(async () => { h = await createHarness(); });
  afterAll(() => h.close());

  it('is BAD_INPUT naming the fields to fill, and stores nothing', async () => {
    const r = await h.gql(INGEST, { input: { title: '   ' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(r.errors?.[0]?.message).toBe('a report needs text: give `input.text` (the report body) or a non-blank `input.title`, or list its `input.entities`.');
    const batch = await h.gql('mutation($reports: [ReportSubmission!]!) { ingestReports(reports: $reports) { new } }', {
      reports: [{ input: { title: 'Iran and Iraq hold talks', text: 'Iran met Iraq.' } }, { input: { title: '', text: '  ' } }],
    });
    expect(batch.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(batch.errors?.[0]?.message).toMatch(/a report needs text/);
    const reports = await h.gql('{ reports(first: 5) { edges { node { id } } } }');
    expect((reports.data as any).reports.edges).toEqual([]);
  });

  it('still stores a tool report with entities and ties but no text', async () => {
    const r = await h.gql(INGEST, { input: {
      title: 'Baghdad and Ankara sign a water deal', publishedOn: '2025-05-02',
      entities: [{ name: 'Iraq', kind: 'Country' }, { name: 'Turkey', kind: 'Country' }],
      ties: [{ a: 'Iraq', b: 'Turkey', polarity: 4, kind: 'cooperation', sentence: 'Iraq and Turkey signed a water deal.' }],
    } });
    expect(r.errors).toBeUndefined();
    expect((r.data as any).ingestReport).toMatchObject({ entityCount: 2, tieCount: 1 });
  });
});
