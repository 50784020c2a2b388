/** `kg ingest` end to end in process: real files, a fake decompose, the embedded store or a failing one. */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest, type IngestDeps } from '../../server/cli/ingest-command.ts';
import { KgError } from '../../server/errors.ts';
import type { DecomposedReport } from '../../server/ingest/decomposed-report.ts';
import { createEmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { buildReport, E } from '../store-contract/fixtures.ts';

function fakeDecompose(text: string, o: { fileName?: string }): DecomposedReport {
  if (text.includes('BROKEN')) throw new Error('no publication date found: add a "Date:" line');
  const r = buildReport({ id: `report:${o.fileName ?? 'stdin'}`, title: text.split('\n')[0]!, publishedOn: '2025-01-01', source: null, entities: [E.IRN, E.IRQ] });
  r.report.contentHash = createHash('sha256').update(text).digest('hex');
  return r;
}

function captureIo(store: GraphStore | null, stdin = ''): IngestDeps & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    store, decompose: fakeDecompose, out, err, progressStream: null,
    stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), readStdin: async () => stdin,
  };
}

describe('kg ingest', () => {
  let dir: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-ingest-'));
    await mkdir(path.join(dir, 'in', 'sub'), { recursive: true });
    await writeFile(path.join(dir, 'in', 'a.txt'), 'Alpha\nbody');
    await writeFile(path.join(dir, 'in', 'b.md'), 'Bravo\nbody');
    await writeFile(path.join(dir, 'in', 'c.json'), 'Charlie\nbody');
    await writeFile(path.join(dir, 'in', 'ignored.csv'), 'Delta');
    await writeFile(path.join(dir, 'in', 'sub', 'd.txt'), 'Echo\nbody');
    store = await createEmbeddedStore({ dataDir: path.join(dir, 'data'), log: () => undefined });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a JSON array as one report per item, labelled file#N; a bad item fails alone', async () => {
    const file = path.join(dir, 'export.json');
    await writeFile(file, JSON.stringify([{ title: 'Alpha' }, 'Bravo\nbody', 42]));
    const io = captureIo(store);
    expect(await runIngest([file], { dryRun: false }, io)).toBe(1);
    expect(io.out.join('')).toBe('ingested: 2 new, 0 updated, 0 unchanged, 1 failed\n');
    expect(io.err.join('')).toContain(`${file}#3: not a report: an item must be a report object or a report's text`);
    expect((await store.reports({})).items.map((r) => r.id).sort()).toEqual(['report:export.json#1', 'report:export.json#2']);
  });

  it('walks folders for report files and writes them, then reports unchanged and updated', async () => {
    const io = captureIo(store);
    expect(await runIngest([path.join(dir, 'in')], { dryRun: false, batchSize: 2 }, io)).toBe(0);
    expect(io.out.join('')).toBe('ingested: 4 new, 0 updated, 0 unchanged, 0 failed, 1 skipped\n');
    expect(io.err.join('')).toBe(`skipped: ${path.join(dir, 'in', 'ignored.csv')}: not a report file (.txt, .md, .json)\n`);
    expect((await store.reports({})).items.map((r) => r.id).sort()).toEqual(['report:a.txt', 'report:b.md', 'report:c.json', 'report:d.txt']);

    await writeFile(path.join(dir, 'in', 'a.txt'), 'Alpha\nedited body');
    const again = captureIo(store);
    expect(await runIngest([path.join(dir, 'in')], { dryRun: false }, again)).toBe(0);
    expect(again.out.join('')).toBe('ingested: 0 new, 1 updated, 3 unchanged, 0 failed, 1 skipped\n');
  });

  it('records a failed decomposition with its reason and ingests the rest', async () => {
    await writeFile(path.join(dir, 'in', 'broken.txt'), 'BROKEN report');
    const io = captureIo(store);
    expect(await runIngest([path.join(dir, 'in'), path.join(dir, 'missing.txt')], { dryRun: false }, io)).toBe(1);
    expect(io.out.join('')).toBe('ingested: 4 new, 0 updated, 0 unchanged, 2 failed, 1 skipped\n');
    expect(io.err.join('')).toContain(`failed: ${path.join(dir, 'in', 'broken.txt')}: no publication date found`);
    expect(io.err.join('')).toContain(`failed: ${path.join(dir, 'missing.txt')}: no such file or folder`);
    expect((await store.stats()).reports).toBe(4);
  });

  it('marks exactly the reports of a failed batch write as failed and continues', async () => {
    const flaky: GraphStore = Object.create(store) as GraphStore;
    flaky.upsertReports = async (reports) => {
      if (reports.some((r) => r.report.id === 'report:b.md')) throw new Error('store unavailable: connection refused');
      return store.upsertReports(reports);
    };
    const io = captureIo(flaky);
    expect(await runIngest([path.join(dir, 'in')], { dryRun: false, batchSize: 2 }, io)).toBe(1);
    // batches in walk order: [a.txt, b.md] fails, [c.json, sub/d.txt] succeeds
    expect(io.out.join('')).toBe('ingested: 2 new, 0 updated, 0 unchanged, 2 failed, 1 skipped\n');
    expect(io.err.join('').split('\n').filter(Boolean)).toEqual([
      `failed: ${path.join(dir, 'in', 'a.txt')}: write failed: store unavailable: connection refused`,
      `failed: ${path.join(dir, 'in', 'b.md')}: write failed: store unavailable: connection refused`,
      `skipped: ${path.join(dir, 'in', 'ignored.csv')}: not a report file (.txt, .md, .json)`,
    ]);
    expect((await store.reports({})).items.map((r) => r.id).sort()).toEqual(['report:c.json', 'report:d.txt']);
  });

  it('fails later batches at once while the unreachable store still fails a ping, and writes again once it answers', async () => {
    const writes: string[][] = [];
    const pingAnswers = [false, true];
    const outage: GraphStore = Object.create(store) as GraphStore;
    outage.upsertReports = async (reports) => {
      writes.push(reports.map((r) => r.report.id));
      if (reports.some((r) => r.report.id === 'report:b.md')) throw new KgError('STORE_UNAVAILABLE', 'Cannot reach Neo4j at bolt://db:7687: start it');
      return store.upsertReports(reports);
    };
    outage.ping = async () => pingAnswers.shift() ?? true;
    const io = captureIo(outage);
    expect(await runIngest([path.join(dir, 'in')], { dryRun: false, batchSize: 1 }, io)).toBe(1);
    // b.md finds the store gone; c.json is not tried (ping fails); d.txt is written (ping answers)
    expect(writes).toEqual([['report:a.txt'], ['report:b.md'], ['report:d.txt']]);
    expect(pingAnswers).toEqual([]);
    expect(io.out.join('')).toBe('ingested: 2 new, 0 updated, 0 unchanged, 2 failed, 1 skipped\n');
    expect(io.err.join('').split('\n').filter(Boolean)).toEqual([
      `failed: ${path.join(dir, 'in', 'b.md')}: write failed: Cannot reach Neo4j at bolt://db:7687: start it`,
      `failed: ${path.join(dir, 'in', 'c.json')}: write failed: Cannot reach Neo4j at bolt://db:7687: start it`,
      `skipped: ${path.join(dir, 'in', 'ignored.csv')}: not a report file (.txt, .md, .json)`,
    ]);
  });

  it('decomposes only on --dry-run, with no store at all', async () => {
    const io = captureIo(null);
    expect(await runIngest([path.join(dir, 'in', 'a.txt'), path.join(dir, 'in', 'b.md')], { dryRun: true }, io)).toBe(0);
    expect(io.out.join('')).toBe('dry run: 2 decomposed, 0 failed (nothing written)\n');
    expect((await store.stats()).reports).toBe(0);
  });

  it('reads a report from stdin for "-"', async () => {
    const io = captureIo(store, 'From stdin\nbody');
    expect(await runIngest(['-'], { dryRun: false }, io)).toBe(0);
    expect((await store.getNodes(['report:stdin']))[0]).toMatchObject({ name: 'From stdin' });
  });

  it('draws a progress bar with rate and ETA only on a terminal', async () => {
    let drawn = '';
    const tty = new Writable({ write(chunk, _enc, done) { drawn += String(chunk); done(); } }) as Writable & { isTTY: boolean; columns: number };
    tty.isTTY = true;
    tty.columns = 120;
    const io = { ...captureIo(store), progressStream: tty as unknown as NodeJS.WriteStream };
    expect(await runIngest([path.join(dir, 'in')], { dryRun: false }, io)).toBe(0);
    expect(drawn).toMatch(/reports\/s/);
    expect(drawn).toMatch(/ETA/);
    const piped = captureIo(store);
    await runIngest([path.join(dir, 'in')], { dryRun: false }, piped);
    expect(piped.err.join('')).toBe(`skipped: ${path.join(dir, 'in', 'ignored.csv')}: not a report file (.txt, .md, .json)\n`);
  });

  it('refuses to write without a store and rejects a bad batch size', async () => {
    expect(await runIngest(['-'], { dryRun: false }, captureIo(null))).toBe(2);
    expect(await runIngest(['-'], { dryRun: false, batchSize: 0 }, captureIo(store))).toBe(2);
  });

  it('ingests the real corpus with the real decompose, then finds every report unchanged', async () => {
    const { decompose } = await import('../../server/ingest/decompose.ts');
    const corpus = fileURLToPath(new URL('../corpus/reports', import.meta.url));
    const real = (text: string, o: { fileName?: string }) => decompose(text, { ...o, now: new Date('2026-01-01T00:00:00Z') });
    const io = { ...captureIo(store), decompose: real };
    expect(await runIngest([corpus], { dryRun: false, batchSize: 10 }, io)).toBe(0);
    const files = (await readdir(corpus)).filter((f) => f.endsWith('.txt')).length;
    const summary = /ingested: (\d+) new, 0 updated, 0 unchanged, 0 failed/.exec(io.out.join(''));
    expect(Number(summary?.[1])).toBe(files);
    expect((await store.stats()).reports).toBe(files);
    const larijani = (await store.search({ query: 'Larijani', kinds: ['Person'] })).items[0]?.node;
    expect(larijani?.name).toMatch(/Larijani/);
    const again = { ...captureIo(store), decompose: real };
    expect(await runIngest([corpus], { dryRun: false }, again)).toBe(0);
    expect(again.out.join('')).toBe(`ingested: 0 new, 0 updated, ${files} unchanged, 0 failed\n`);
  }, 60_000);
});
