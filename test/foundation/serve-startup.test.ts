import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeNeo4j } from '../support/neo4j-env.ts';
import { KG_BIN, runKg } from '../support/run-kg.ts';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'kg-serve-'));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A bad setting stops `kg serve` with one line naming it, exit 1, no stack trace. */
async function expectOneLineFailure(env: Record<string, string>, mentions: RegExp) {
  const run = await runKg(['serve'], env);
  expect(run.code).toBe(1);
  const lines = run.stderr.trim().split('\n').filter((l) => l.startsWith('kg:'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(mentions);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack frames
}

describe('kg serve start-up', () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

  it('with no set-up serves /healthz, /readyz and a GraphQL health query on the embedded store, and stops on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [KG_BIN, 'serve'], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port), KG_DATA_DIR: tempDir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let log = '';
    child.stderr.on('data', (d) => (log += d));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 200 && !log.includes('listening on'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(log).toContain('store: embedded');

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'embedded' });

    const gql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status store storeReachable } }' }),
    });
    expect(await gql.json()).toEqual({ data: { health: { status: 'ok', store: 'embedded', storeReachable: true } } });

    const exited = new Promise<number | null>((r) => child.on('close', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('PORT=abc exits non-zero with one line', async () => {
    await expectOneLineFailure({ PORT: 'abc', KG_DATA_DIR: tempDir() }, /PORT="abc".*fix PORT/);
  });

  it('an unwritable KG_DATA_DIR exits non-zero with one line', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o500);
    const target = path.join(dir, 'nested');
    // root ignores permission bits; a path under a regular file is unwritable for everyone.
    const unwritable = process.getuid?.() === 0 ? path.join(KG_BIN, 'data') : target;
    await expectOneLineFailure({ PORT: String(await freePort()), KG_DATA_DIR: unwritable }, /KG_DATA_DIR/);
  });

  it('an unreachable NEO4J_URI exits non-zero with one line', async () => {
    await expectOneLineFailure({ PORT: String(await freePort()), NEO4J_URI: 'bolt://127.0.0.1:1' }, /Neo4j.*NEO4J_URI|NEO4J_URI.*Neo4j/i);
  });
});

describeNeo4j('kg serve against Neo4j', (neo4j) => {
  it('a wrong Neo4j password exits non-zero with one line', async () => {
    await expectOneLineFailure(
      { PORT: String(await freePort()), NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: 'definitely-wrong' },
      /NEO4J_PASSWORD/,
    );
  });
});
