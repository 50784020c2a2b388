/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the tests assert on their values. */
/**
 * ingestReport / ingestReports with a structured ReportInput whose own fields are wrong:
 * a caller-given id that is not a report id, or a publishedOn that is not a date, is
 * refused (BAD_INPUT naming the field and what to write) and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/graphql-harness.ts';

const INGEST = 'mutation($text: String, $input: ReportInput) { ingestReport(text: $text, input: $input) { reportId outcome warnings } }';
const BATCH = 'mutation($reports: [ReportSubmission!]!) { ingestReports(reports: $reports) { new results { reportId } } }';
const codeOf = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;
const messageOf = (r: { errors?: { message: string }[] }) => r.errors?.[0]?.message ?? '';

let h: Harness;
beforeAll(async () => { h = await createHarness(); });
afterAll(() => h.close());

const reportCount = async () => (await h.gql('{ stats { reports } }')).data!.stats.reports as number;
const listedIds = async () => (await h.gql('{ reports(first: 100) { edges { node { id } } } }')).data!.reports.edges.map((e: any) => e.node.id) as string[];

describe('a caller-given report id', () => {
  it('an entity id ("country:IRQ") is refused and nothing is stored', async () => {
    const before = await reportCount();
    const r = await h.gql(INGEST, { input: { id: 'country:IRQ', title: 'Collide', text: 'Iraq and Iran met.' } });
    expect(codeOf(r)).toBe('BAD_INPUT');
    expect(messageOf(r)).toMatch(/\bid\b/);
    expect(messageOf(r)).toMatch(/report:<your-id>/);
    expect(await reportCount()).toBe(before);
    expect(await listedIds()).not.toContain('country:IRQ');
  });

  it('an id without the report: prefix ("my-report-1") is refused, saying what to write', async () => {
    const r = await h.gql(INGEST, { input: { id: 'my-report-1', title: 'T', text: 'Iraq and Iran met.' } });
    expect(codeOf(r)).toBe('BAD_INPUT');
    expect(messageOf(r)).toMatch(/"report:my-report-1"/);
    expect(await listedIds()).not.toContain('my-report-1');
  });

  it('an id with a control character, or over the length limit, is refused with the limit stated', async () => {
    const nul = await h.gql(INGEST, { input: { id: 'report:a\u0000b', title: 'T', text: 'Iraq and Iran met.' } });
    expect(codeOf(nul)).toBe('BAD_INPUT');
    expect(messageOf(nul)).toMatch(/control character/);
    const long = await h.gql(INGEST, { input: { id: `report:${'x'.repeat(400)}`, title: 'T', text: 'Iraq and Iran met.' } });
    expect(codeOf(long)).toBe('BAD_INPUT');
    expect(messageOf(long)).toMatch(/at most 300 characters/);
  });

  it('a report: id is kept, and report(id) finds what reports lists', async () => {
    const r = await h.gql(INGEST, { input: { id: 'report:my-report-1', title: 'Mine', text: 'Iraq and Iran met.' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.ingestReport).toMatchObject({ reportId: 'report:my-report-1', outcome: 'new' });
    const one = await h.gql('{ report(id: "report:my-report-1") { id title } }');
    expect(one.data!.report).toEqual({ id: 'report:my-report-1', title: 'Mine' });
    expect(await listedIds()).toContain('report:my-report-1');
  });
});

describe('a structured publishedOn that is not a date', () => {
  it('"2025-13-45" is BAD_INPUT naming publishedOn and why, and nothing is stored', async () => {
    const before = await reportCount();
    const r = await h.gql(INGEST, { input: { title: 'T1', publishedOn: '2025-13-45', text: 'Iran and Iraq signed a deal.' } });
    expect(codeOf(r)).toBe('BAD_INPUT');
    expect(messageOf(r)).toMatch(/publishedOn: 2025-13-45 is not a calendar date \(months run 01 to 12\)/);
    expect(await reportCount()).toBe(before);
  });

  it('a written date is still read, and a missing one still falls back to the ingest date with a warning', async () => {
    const written = await h.gql(INGEST, { input: { title: 'T2', publishedOn: 'September 8, 2025', text: 'Iran and Iraq signed a deal.' } });
    expect(written.errors).toBeUndefined();
    const missing = await h.gql(INGEST, { input: { title: 'T3', text: 'Iran and Iraq signed a deal.' } });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.ingestReport.warnings.join(' ')).toMatch(/no published date found; using the ingest date/);
  });
});

describe('a batch with one bad structured report', () => {
  it('names the bad report ("reports[1]: ") and writes none of the batch', async () => {
    const before = await reportCount();
    const good = { input: { title: 'Good one', publishedOn: '2025-05-02', text: 'Iran and Iraq signed a deal.' } };
    const badDate = await h.gql(BATCH, { reports: [good, { input: { title: 'T', publishedOn: '2025-02-30', text: 'Iran and Iraq met.' } }] });
    expect(codeOf(badDate)).toBe('BAD_INPUT');
    expect(messageOf(badDate)).toMatch(/^reports\[1\]: .*publishedOn: 2025-02-30 is not a calendar date \(February 2025 has 28 days\)/);
    const badId = await h.gql(BATCH, { reports: [good, good, { input: { id: 'country:IRN', title: 'T', text: 'Iran and Iraq met.' } }] });
    expect(codeOf(badId)).toBe('BAD_INPUT');
    expect(messageOf(badId)).toMatch(/^reports\[2\]: .*\bid\b.*report:<your-id>/);
    expect(await reportCount()).toBe(before);
  });
});

describe('a page ending on the longest report id', () => {
  it('gives an endCursor the next request accepts', async () => {
    const id = `report:${'ü'.repeat(293)}`; // 300 characters, 593 bytes in UTF-8
    expect((await h.gql(INGEST, { input: { id, title: 'Far future', publishedOn: '2099-01-01', text: 'Iraq and Iran met.' } })).errors).toBeUndefined();
    const first = await h.gql('{ reports(first: 1) { edges { node { id } } pageInfo { endCursor } } }');
    expect(first.data!.reports.edges[0].node.id).toBe(id);
    const next = await h.gql('query($after: String) { reports(first: 1, after: $after) { edges { node { id } } } }', { after: first.data!.reports.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data!.reports.edges[0]?.node.id).not.toBe(id);
  });
});
