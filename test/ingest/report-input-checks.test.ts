/**
 * A ReportInput's own id and publishedOn are checked, the same way whichever door the
 * report comes through: a ReportInput object, a JSON document, or a .json file given to
 * `kg ingest`. A wrong one is BAD_INPUT naming the field and what to write; nothing is
 * stored under an id that is not a report id, or under a date that was made up.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/cli/ingest-command.ts';
import { KgError } from '../../server/errors.ts';
import { decompose } from '../../server/ingest/decompose.ts';
import { MAX_REPORT_ID_LENGTH } from '../../server/ingest/report-input.ts';
import { createEmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../server/store/port.ts';

const now = new Date('2030-01-01T00:00:00Z');
const body = { title: 'T', text: 'Iran and Iraq met.' };
const withEntities = { title: 'T', entities: [{ name: 'Iraq', kind: 'Country' as const }, { name: 'Iran', kind: 'Country' as const }] };

/** The KgError decompose throws, as "CODE: message"; fails the test when it does not throw. */
function refusal(input: unknown): string {
  try {
    decompose(input as never, { now, fileName: typeof input === 'string' ? 'tool.json' : undefined });
  } catch (e) {
    if (e instanceof KgError) return `${e.code}: ${e.message}`;
    throw e;
  }
  throw new Error('expected decompose to refuse the report');
}

describe('a caller-given report id', () => {
  it('must start with "report:": an entity id is refused, saying the form to write', () => {
    const msg = refusal({ ...body, id: 'country:IRQ' });
    expect(msg).toMatch(/^BAD_INPUT: /);
    expect(msg).toContain('id: "country:IRQ" is not a report id: report ids start with "report:" (write "report:<your-id>", e.g. "report:country:IRQ")');
  });

  it('a bare id ("my-report-1") is refused too, not stored without the prefix', () => {
    expect(refusal({ ...body, id: 'my-report-1' })).toContain('(write "report:<your-id>", e.g. "report:my-report-1")');
    expect(refusal({ ...body, id: 'Report:x' })).toMatch(/is not a report id/);
  });

  it('"report:" alone, control characters, edge spaces and absurd lengths are refused, the limit stated', () => {
    expect(refusal({ ...body, id: 'report:' })).toMatch(/id: "report:" has nothing after "report:"/);
    expect(refusal({ ...body, id: 'report:a\u0000b' })).toContain('id: contains a control character (U+0000); report ids are printable text on one line');
    expect(refusal({ ...body, id: 'report:a\nb' })).toMatch(/control character \(U\+000A\)/);
    expect(refusal({ ...body, id: 'report:a\u202eb' })).toMatch(/control character \(U\+202E\)/);
    expect(refusal({ ...body, id: ' report:a' })).toMatch(/must not begin or end with a space/);
    expect(refusal({ ...body, id: '' })).toMatch(/id: is empty; leave it out/);
    const long = `report:${'x'.repeat(MAX_REPORT_ID_LENGTH)}`;
    expect(refusal({ ...body, id: long })).toContain(`id: is ${long.length} characters long; report ids are at most ${MAX_REPORT_ID_LENGTH} characters`);
  });

  it('the same rule holds with an entity list, and in a JSON document', () => {
    expect(refusal({ ...withEntities, id: 'country:IRQ' })).toMatch(/is not a report id/);
    const msg = refusal(JSON.stringify({ ...body, id: 'country:IRQ' }));
    expect(msg).toMatch(/^BAD_INPUT: JSON report \(tool\.json\) does not match ReportInput: id: "country:IRQ" is not a report id/);
  });

  it('a report: id is kept as given, with or without an entity list', () => {
    expect(decompose({ ...body, id: 'report:my-report-1' }, { now }).report.id).toBe('report:my-report-1');
    expect(decompose({ ...withEntities, id: 'report:tool/42 (v2)' }, { now }).report.id).toBe('report:tool/42 (v2)');
    const longest = `report:${'x'.repeat(MAX_REPORT_ID_LENGTH - 'report:'.length)}`;
    expect(decompose({ ...body, id: longest }, { now }).report.id).toBe(longest);
  });
});

describe('a structured publishedOn', () => {
  it('a YYYY-MM-DD that is no date is refused, saying why, not replaced with today', () => {
    expect(refusal({ ...body, publishedOn: '2025-13-45' })).toContain('publishedOn: 2025-13-45 is not a calendar date (months run 01 to 12)');
    expect(refusal({ ...body, publishedOn: '2026-02-30' })).toContain('publishedOn: 2026-02-30 is not a calendar date (February 2026 has 28 days)');
    expect(refusal({ ...withEntities, publishedOn: '1850-03-01' })).toContain('publishedOn: 1850-03-01 is outside the years 1900 to 2200 that dates are read in');
  });

  it('a date of another shape is refused, saying the shapes that are read', () => {
    expect(refusal({ ...body, publishedOn: 'next Tuesday' }))
      .toContain('publishedOn: "next Tuesday" is not a date: write YYYY-MM-DD or a written date such as September 8, 2025');
  });

  it('the same holds in a JSON document', () => {
    expect(refusal(JSON.stringify({ ...body, publishedOn: '2025-13-45' })))
      .toMatch(/^BAD_INPUT: JSON report \(tool\.json\) does not match ReportInput: publishedOn: 2025-13-45 is not a calendar date/);
  });

  it('readable dates are read; a missing or blank one still falls back to the ingest date with a warning', () => {
    expect(decompose({ ...body, publishedOn: '2025-09-08' }, { now }).report.publishedOn).toBe('2025-09-08');
    expect(decompose({ ...body, publishedOn: 'September 8, 2025' }, { now }).report.publishedOn).toBe('2025-09-08');
    expect(decompose({ ...body, publishedOn: '8 Sept 2025' }, { now }).report.publishedOn).toBe('2025-09-08');
    for (const publishedOn of [undefined, '', '  ']) {
      const r = decompose({ ...body, ...(publishedOn === undefined ? {} : { publishedOn }) }, { now });
      expect(r.report.publishedOn).toBe('2030-01-01');
      expect(r.warnings).toContain('no published date found; using the ingest date 2030-01-01');
    }
  });

  it('event and tie dates keep their warning and the report date (only publishedOn is refused)', () => {
    const r = decompose({ ...withEntities, publishedOn: '2025-05-02', events: [{ date: '2025-04-31', kind: 'cooperation', summary: 'Talks', actors: ['Iraq', 'Iran'] }] }, { now });
    expect(r.events.map((e) => e.date)).toEqual(['2025-05-02']);
  });
});

describe('kg ingest with JSON report files', () => {
  let dir: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-report-input-'));
    store = await createEmbeddedStore({ dataDir: path.join(dir, 'data'), log: () => undefined });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('fails a file with a bad id or publishedOn, naming it and why, and stores the good one', async () => {
    const file = async (name: string, value: unknown) => { const p = path.join(dir, name); await writeFile(p, JSON.stringify(value)); return p; };
    const inputs = [
      await file('bad-id.json', { ...body, id: 'country:IRQ' }),
      await file('bad-date.json', { ...body, title: 'T1', publishedOn: '2025-13-45' }),
      await file('good.json', { ...body, id: 'report:good-1', publishedOn: '2025-09-08' }),
    ];
    const out: string[] = [];
    const err: string[] = [];
    const code = await runIngest(inputs, { dryRun: false }, {
      store, decompose: (text, o) => decompose(text, { ...o, now }), progressStream: null,
      stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), readStdin: async () => '',
    });
    expect(code).toBe(1);
    expect(out.join('')).toBe('ingested: 1 new, 0 updated, 0 unchanged, 2 failed\n');
    expect(err.join('')).toContain(`failed: ${inputs[0]}: JSON report (bad-id.json) does not match ReportInput: id: "country:IRQ" is not a report id`);
    expect(err.join('')).toContain(`failed: ${inputs[1]}: JSON report (bad-date.json) does not match ReportInput: publishedOn: 2025-13-45 is not a calendar date (months run 01 to 12)`);
    expect((await store.reports({})).items.map((r) => r.id)).toEqual(['report:good-1']);
  });
});
