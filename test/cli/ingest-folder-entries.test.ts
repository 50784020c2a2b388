/** `kg ingest <folder>` follows symlinks and names every entry it does not read. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandInputs } from '../../server/cli/expand-inputs.ts';
import { runIngest, type IngestDeps } from '../../server/cli/ingest-command.ts';
import type { DecomposedReport } from '../../server/ingest/decomposed-report.ts';
import { buildReport } from '../store-contract/fixtures.ts';

function dryRunIo(): IngestDeps & { out: string[]; err: string[]; read: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const read: string[] = [];
  const decompose = (text: string, o: { fileName?: string }): DecomposedReport => {
    read.push(o.fileName ?? 'stdin');
    return buildReport({ id: `report:${o.fileName}`, title: text, publishedOn: '2025-01-01', source: null, entities: [] });
  };
  return { store: null, decompose, out, err, read, progressStream: null, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), readStdin: async () => '' };
}

const listen = (server: Server, at: string) => new Promise<void>((resolve) => server.listen(at, resolve));

describe('kg ingest over a folder with links and special files', () => {
  let dir: string;
  let inDir: string;
  let socket: Server;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-entries-'));
    inDir = path.join(dir, 'in');
    await mkdir(inDir);
    await mkdir(path.join(dir, 'elsewhere'));
    await writeFile(path.join(inDir, 'a.txt'), 'Alpha');
    await writeFile(path.join(dir, 'elsewhere', 'target.txt'), 'Linked');
    await symlink(path.join(dir, 'elsewhere', 'target.txt'), path.join(inDir, 'linked.txt'));
    await symlink(path.join(dir, 'elsewhere'), path.join(inDir, 'linked-folder'));
    await symlink('.', path.join(inDir, 'loop'));
    await symlink(path.join(dir, 'nowhere'), path.join(inDir, 'dangling-note'));
    execFileSync('mkfifo', [path.join(inDir, 'pipe')]);
    socket = createServer();
    await listen(socket, path.join(inDir, 'sock'));
  });
  afterEach(async () => {
    await new Promise((resolve) => socket.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('reads symlinks to files and folders, and lists FIFOs, sockets, dangling links and loops as skipped', async () => {
    const io = dryRunIo();
    expect(await runIngest([inDir], { dryRun: true }, io)).toBe(0);
    expect(io.read).toEqual(['a.txt', 'target.txt', 'linked.txt']);
    expect(io.out.join('')).toBe('dry run: 3 decomposed, 0 failed, 4 skipped (nothing written)\n');
    expect(io.err.join('').split('\n').filter(Boolean)).toEqual([
      `skipped: ${path.join(inDir, 'dangling-note')}: dangling symlink: its target ${path.join(dir, 'nowhere')} does not exist`,
      `skipped: ${path.join(inDir, 'loop')}: symlink loop: leads back to ${inDir}`,
      `skipped: ${path.join(inDir, 'pipe')}: a FIFO (named pipe), not a regular file; not read`,
      `skipped: ${path.join(inDir, 'sock')}: a socket, not a regular file; not read`,
    ]);
  });

  it('fails a report file that is a dangling link, in a folder or named directly, and exits non-zero', async () => {
    await symlink(path.join(dir, 'gone.txt'), path.join(inDir, 'gone.txt'));
    const io = dryRunIo();
    expect(await runIngest([inDir, path.join(inDir, 'gone.txt')], { dryRun: true }, io)).toBe(1);
    expect(io.out.join('')).toBe('dry run: 3 decomposed, 2 failed, 4 skipped (nothing written)\n');
    const dangling = `dangling symlink: its target ${path.join(dir, 'gone.txt')} does not exist`;
    expect(io.err.join('').split('\n').filter((l) => l.startsWith('failed:'))).toEqual([
      `failed: ${path.join(inDir, 'gone.txt')}: ${dangling}`,
      `failed: ${path.join(inDir, 'gone.txt')}: ${dangling}`,
    ]);
  });

  it('reads a folder reached through two links once and says where the second leads', async () => {
    await symlink(path.join(dir, 'elsewhere'), path.join(inDir, 'same-folder'));
    const { inputs, skipped } = await expandInputs([inDir]);
    expect(inputs.map((i) => i.label)).toEqual([path.join(inDir, 'a.txt'), path.join(inDir, 'linked-folder', 'target.txt'), path.join(inDir, 'linked.txt')]);
    expect(skipped).toContainEqual({ input: path.join(inDir, 'same-folder'), reason: `same folder as ${path.join(inDir, 'linked-folder')}, already read` });
  });

  it('lists a FIFO or socket named like a report as failed, since a report is missing', async () => {
    execFileSync('mkfifo', [path.join(inDir, 'piped.txt')]);
    const { failures } = await expandInputs([inDir]);
    expect(failures).toEqual([{ input: path.join(inDir, 'piped.txt'), reason: 'a FIFO (named pipe), not a regular file; not read' }]);
  });
});
