/**
 * The store contract against the embedded store (a fresh temp dir per test), plus what
 * only the embedded store promises: durability across restarts, torn journal lines,
 * kill -9 and an unwritable data directory.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { DecomposedReport } from '../../server/ingest/decomposed-report.ts';
import { createEmbeddedStore } from '../../server/store/embedded/embedded-store.ts';
import { syntheticReports } from '../fixtures/synthetic-reports.ts';
import { defineStoreContract } from './contract.ts';
import { buildReport, E, R, renameEntity, worldReports } from './fixtures.ts';

const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-embedded-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

defineStoreContract('embedded', async () => createEmbeddedStore({ dataDir: await tempDir(), log: () => undefined }));

describe('embedded store durability', () => {
  it('keeps everything across close and reopen of the same directory', async () => {
    const dir = await tempDir();
    const a = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
    await a.upsertReports(worldReports());
    await a.deleteReport(R.R7);
    const merge = await a.mergeEntities({ targetId: E.IRN, sourceId: E.ISR, by: 'analyst', reason: 'test' });
    await a.addAlias({ id: E.IRQ, alias: 'Mesopotamia' });
    const before = { stats: await a.stats(), nodes: await a.getNodes(Object.values(E)), hood: await a.neighborhood({ ids: [E.LAR], depth: 2 }) };
    await a.close();

    const b = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
    expect(await b.stats()).toEqual(before.stats);
    expect(await b.getNodes(Object.values(E))).toEqual(before.nodes);
    expect(await b.neighborhood({ ids: [E.LAR], depth: 2 })).toEqual(before.hood);
    expect((await b.search({ query: 'Mesopotamia' })).items.map((h) => h.node.id)).toEqual([E.IRQ]);
    expect((await b.getNodes([E.ISR]))[0]?.id).toBe(E.IRN);
    await b.unmergeEntity({ mergeId: merge.id, by: 'analyst' });
    expect((await b.getNodes([E.ISR]))[0]?.id).toBe(E.ISR);
    expect(await b.upsertReports([worldReports()[0]!])).toEqual([{ reportId: R.R1, outcome: 'unchanged' }]);
    // the alias still resolves new reports after the reopen
    const mesopotamia = renameEntity(buildReport({ id: 'report:r9-mesopotamia', title: 't', publishedOn: '2025-07-01', source: null, entities: [E.IRQ, E.IRN] }), E.IRQ, 'country:MES', 'Mesopotamia');
    await b.upsertReports([mesopotamia]);
    expect(await b.getNodes(['country:MES'])).toEqual([null]);
    expect((await b.reports({ entityId: E.IRQ, first: 50 })).items.map((r) => r.id)).toContain('report:r9-mesopotamia');
    await b.close();
    await expect(b.stats()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('compacts the journal into a snapshot and starts from it', async () => {
    const dir = await tempDir();
    const a = await createEmbeddedStore({ dataDir: dir, log: () => undefined, compactAfterBytes: 10_000 });
    const reports = syntheticReports(30, 7);
    for (const r of reports) await a.upsertReports([r]);
    await a.deleteReport(reports[0]!.report.id);
    const before = await a.stats();
    await a.close();
    const journalSize = (await stat(path.join(dir, 'journal.jsonl'))).size;
    const snapshotSize = (await stat(path.join(dir, 'snapshot.jsonl'))).size;
    expect(snapshotSize).toBeGreaterThan(journalSize);

    const b = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
    expect(await b.stats()).toEqual(before);
    expect(before.reports).toBe(29);
    await b.close();
  });

  it('keeps an alias resolving through a snapshot, after its entity lost its last report', async () => {
    const dir = await tempDir();
    const a = await createEmbeddedStore({ dataDir: dir, log: () => undefined, compactAfterBytes: 1 });
    const only = buildReport({ id: 'report:r9-pmf', title: 't', publishedOn: '2025-07-01', source: null, entities: [E.PMF, E.IRQ] });
    await a.upsertReports([only]);
    await a.addAlias({ id: E.PMF, alias: 'Hashd' });
    await a.deleteReport(only.report.id);
    expect(await a.getNodes([E.PMF])).toEqual([null]);
    await a.close();
    expect((await stat(path.join(dir, 'snapshot.jsonl'))).size).toBeGreaterThan(0);

    const b = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
    const later = renameEntity(buildReport({ id: 'report:r9-hashd', title: 't', publishedOn: '2025-08-01', source: null, entities: [E.PMF, E.IRQ] }), E.PMF, 'org:hashd', 'Hashd');
    await b.upsertReports([later]);
    expect(await b.getNodes(['org:hashd'])).toEqual([null]);
    expect((await b.getNodes([E.PMF]))[0]).toMatchObject({ id: E.PMF, kind: 'Organization' });
    await b.close();
  });

  it('drops a torn last journal line with a warning and keeps appending cleanly', async () => {
    const dir = await tempDir();
    const a = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
    await a.upsertReports(worldReports().slice(0, 2));
    await a.close();
    await appendFile(path.join(dir, 'journal.jsonl'), '{"op":"upsert","report":{"report":{"id":"torn');

    const warnings: string[] = [];
    const b = await createEmbeddedStore({ dataDir: dir, log: (m) => warnings.push(m) });
    expect(warnings.some((w) => /torn/.test(w))).toBe(true);
    expect((await b.stats()).reports).toBe(2);
    await b.upsertReports([worldReports()[2]!]);
    await b.close();

    const c = await createEmbeddedStore({ dataDir: dir, log: (m) => warnings.push(m) });
    expect((await c.reports({})).items.map((r) => r.id)).toEqual([R.R3, R.R2, R.R1]);
    await c.close();
  });

  it('refuses a journal with garbage before good records', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'journal.jsonl'), `not json\n${JSON.stringify({ op: 'delete', id: 'x' })}\n`);
    await expect(createEmbeddedStore({ dataDir: dir, log: () => undefined })).rejects.toMatchObject({ code: 'BAD_CONFIG' });
  });

  it('reports an unwritable data directory as BAD_CONFIG naming the directory', async () => {
    const file = path.join(await tempDir(), 'a-file');
    await writeFile(file, 'not a directory');
    const dataDir = path.join(file, 'data');
    const err = await createEmbeddedStore({ dataDir, log: () => undefined }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BAD_CONFIG' });
    expect((err as Error).message).toContain(`KG_DATA_DIR "${dataDir}" is not writable`);
  });

  it('refuses a data directory another live store holds, and takes over after close', async () => {
    const dir = await tempDir();
    const a = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
    await expect(createEmbeddedStore({ dataDir: dir, log: () => undefined })).rejects.toMatchObject({ code: 'BAD_CONFIG' });
    await a.close();
    const b = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
    expect(await b.ping()).toBe(true);
    await b.close();
  });

  it('keeps an acknowledged write after kill -9', async () => {
    const dir = await tempDir();
    const script = fileURLToPath(new URL('./support/ingest-then-hang.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('acked')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code) => reject(new Error(`child exited (${code}) before acking: ${stderr}`)));
    });
    await new Promise((r) => child.once('exit', r));
    expect(child.signalCode).toBe('SIGKILL');

    const store = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
    expect((await store.stats()).reports).toBe(7);
    expect((await store.getNodes([E.LAR]))[0]).toMatchObject({ name: 'Ali Larijani' });
    await store.close();
  }, 30_000);
});

describe('embedded store derived state', () => {
  it('after any sequence of upserts, edits and deletes, answers like a store built from the surviving reports', async () => {
    const base = syntheticReports(8, 3, { poolSize: 40 });
    const version = (i: number, v: number): DecomposedReport => {
      const r = structuredClone(base[i]!);
      r.report.contentHash = `${r.report.contentHash}:v${v}`;
      r.ties = r.ties.slice(v * 5);
      r.entities = v === 2 ? r.entities.filter((e, j) => j < 8 || r.ties.some((t) => t.a === e.id || t.b === e.id)) : r.entities;
      r.events = r.events.filter((e) => e.actors.every((a) => r.entities.some((x) => x.id === a)));
      return r;
    };
    const op = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), i: fc.integer({ min: 0, max: 7 }), v: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('delete' as const), i: fc.integer({ min: 0, max: 7 }), v: fc.constant(0) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const dir = await tempDir();
        const live = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
        const surviving = new Map<string, DecomposedReport>();
        for (const o of ops) {
          if (o.kind === 'upsert') {
            const r = version(o.i, o.v);
            await live.upsertReports([r]);
            surviving.set(r.report.id, r);
          } else {
            await live.deleteReport(base[o.i]!.report.id);
            surviving.delete(base[o.i]!.report.id);
          }
        }
        const fresh = await createEmbeddedStore({ dataDir: await tempDir(), log: () => undefined });
        await fresh.upsertReports([...surviving.values()]);
        const probe = async (s: Awaited<ReturnType<typeof createEmbeddedStore>>) => {
          const entityIds = [...new Set(base.flatMap((r) => r.entities.map((e) => e.id)))].sort();
          return {
            stats: await s.stats(),
            nodes: await s.getNodes(entityIds),
            hood: await s.neighborhood({ ids: entityIds.slice(0, 3), depth: 2 }),
            events: await s.events({ first: 100 }),
          };
        };
        const expected = await probe(fresh);
        expect(await probe(live)).toEqual(expected);
        await live.close();
        const reopened = await createEmbeddedStore({ dataDir: dir, log: () => undefined });
        expect(await probe(reopened)).toEqual(expected);
        await reopened.close();
        await fresh.close();
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
