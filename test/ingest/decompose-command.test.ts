import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDecompose } from '../../server/cli/decompose-command.ts';

function io(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), readStdin: async () => stdin } };
}

describe('kg decompose', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-decompose-'));
  const good = path.join(dir, 'good.txt');
  writeFileSync(good, 'Iran and Iraq hold talks\nDate: 2025-01-01\n\nIran met Iraq in Baghdad.');

  it('prints one JSON line per report', async () => {
    const t = io();
    expect(await runDecompose([good, good], { pretty: false }, t.io)).toBe(0);
    expect(t.out).toHaveLength(2);
    expect(JSON.parse(t.out[0]!).report.title).toBe('Iran and Iraq hold talks');
    expect(t.out[0]!.trimEnd().includes('\n')).toBe(false);
  });

  it('indents with --pretty and reads - from stdin', async () => {
    const t = io('Stdin headline\nDate: 2025-01-02\n\nIran met Iraq.');
    expect(await runDecompose(['-'], { pretty: true }, t.io)).toBe(0);
    expect(t.out[0]).toContain('\n  "report"');
  });

  it('reports a failing file with its name, continues, and exits non-zero', async () => {
    const t = io();
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(await runDecompose([empty, path.join(dir, 'missing.txt'), good], { pretty: false }, t.io)).toBe(1);
    expect(t.out).toHaveLength(1);
    expect(t.err.join('')).toMatch(/empty\.txt: BAD_INPUT/);
    expect(t.err.join('')).toMatch(/missing\.txt: NOT_FOUND/);
  });
});
