/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/** ingestReport / ingestReports errors and warnings read as sentences naming the report they are about. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/graphql-harness.ts';

const INGEST = 'mutation($text: String, $input: ReportInput) { ingestReport(text: $text, input: $input) { title warnings } }';
const BATCH = 'mutation($reports: [ReportSubmission!]!) { ingestReports(reports: $reports) { new } }';
const MAX = 2 * 1024 * 1024;
const THREE_MB = 'x'.repeat(3 * 1024 * 1024);
const small = (n: number) => ({ text: `Report ${n}\n\nIran and Iraq met in Baghdad.` });

let h: Harness;
beforeAll(async () => { h = await createHarness({ env: { KG_MAX_REPORT_BYTES: String(MAX) } }); });
afterAll(() => h.close());

describe('an oversized report', () => {
  it('ingestReport: "The report is N bytes, over the limit", a full sentence', async () => {
    const r = await h.gql(INGEST, { text: THREE_MB });
    expect(r.errors?.[0]?.extensions?.code).toBe('TOO_LARGE');
    expect(r.errors?.[0]?.message).toBe(`The report is ${THREE_MB.length} bytes, over the ${MAX}-byte limit (KG_MAX_REPORT_BYTES): split it into smaller reports.`);
  });

  it('ingestReports: names which report of the batch', async () => {
    const r = await h.gql(BATCH, { reports: [small(1), small(2), { text: THREE_MB }] });
    expect(r.errors?.[0]?.extensions?.code).toBe('TOO_LARGE');
    expect(r.errors?.[0]?.message).toBe(`reports[2]: Report 3 of the batch is ${THREE_MB.length} bytes, over the ${MAX}-byte limit (KG_MAX_REPORT_BYTES): split it into smaller reports.`);
  });
});

describe('a bad report in a batch', () => {
  it('a submission with both text and input is BAD_INPUT starting "reports[1]: "', async () => {
    const r = await h.gql(BATCH, { reports: [small(1), { text: 'a', input: { title: 'both' } }] });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(r.errors?.[0]?.message).toBe('reports[1]: pass exactly one of `text` and `input`.');
  });

  it('a structured report with nothing to read is BAD_INPUT starting "reports[2]: "', async () => {
    const r = await h.gql(BATCH, { reports: [small(1), small(2), { input: { title: ' ' } }] });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/^reports\[2\]: a report needs text/);
  });

  it('a structured report that breaks ReportInput is BAD_INPUT starting "reports[0]: "', async () => {
    const r = await h.gql(BATCH, { reports: [{ input: { title: 'x', confidence: 'certain' } }, small(2)] });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/^reports\[0\]: JSON report does not match ReportInput: confidence/);
  });
});

describe('messages about a report\'s own fields', () => {
  it('publishedOn 2026-02-30 is refused: it "is not a calendar date"', async () => {
    const r = await h.gql(INGEST, { input: { title: 'T', text: 'Iran and Iraq met.', publishedOn: '2026-02-30' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(r.errors?.[0]?.message).toBe('JSON report does not match ReportInput: publishedOn: 2026-02-30 is not a calendar date (February 2026 has 28 days)');
  });

  it('a blank title with text is titled after the text, with no mention of a file name', async () => {
    const r = await h.gql(INGEST, { input: { title: '   ', text: 'Iran and Iraq held border talks in Baghdad.' } });
    expect(r.errors).toBeUndefined();
    const { title, warnings } = (r.data as any).ingestReport;
    expect(title).toBe('Iran and Iraq held border talks in Baghdad');
    expect(warnings.join(' ')).not.toMatch(/file name/);
  });
});
