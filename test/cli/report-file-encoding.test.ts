/** Report files that are not UTF-8: Windows-1252 text is read as such with a warning; binary is still refused. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDecompose } from '../../server/cli/decompose-command.ts';
import { runIngest } from '../../server/cli/ingest-command.ts';
import { decodeReportBytes, NOT_UTF8_WARNING } from '../../server/cli/read-report-file.ts';
import { decompose } from '../../server/ingest/decompose.ts';

const LATIN1_REPORT = 'Talks at the Café Baghdad\nDate: 2025-03-01\n\nIran met Iraq at the Café Baghdad; the café was crowded.\n';
/** Invalid UTF-8 with no NUL: control bytes and high bytes, as in a compressed or image file. */
const BINARY = Buffer.from(Array.from({ length: 600 }, (_, i) => [0x89, 0x01, 0xfe, 0x1b, 0x9d, 0x41, 0x07, 0xc3][i % 8]!));

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), readStdin: async () => '' };
}

describe('report file encodings', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-encoding-'));
    await writeFile(path.join(dir, 'latin1.txt'), Buffer.from(LATIN1_REPORT, 'latin1'));
    await writeFile(path.join(dir, 'utf8.txt'), Buffer.from(LATIN1_REPORT, 'utf8'));
    await writeFile(path.join(dir, 'binary.txt'), BINARY);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads valid UTF-8 unchanged and without a warning, keeping a BOM as readFile did', () => {
    expect(decodeReportBytes(Buffer.from('\uFEFFCafé', 'utf8'))).toEqual({ text: '\uFEFFCafé', warnings: [] });
  });

  it('reads Latin-1 / Windows-1252 bytes as such, with a warning', () => {
    expect(decodeReportBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x20, 0x93, 0x78, 0x94]))).toEqual({ text: 'Café €5 “x”', warnings: [NOT_UTF8_WARNING] });
  });

  it('kg decompose keeps "Café" from a Latin-1 file and adds the warning to the report and stderr', async () => {
    const io = captured();
    expect(await runDecompose([path.join(dir, 'latin1.txt')], { pretty: false }, io)).toBe(0);
    const report = JSON.parse(io.out[0]!);
    expect(report.report.title).toBe('Talks at the Café Baghdad');
    expect(report.warnings[0]).toBe('not valid UTF-8; read as Windows-1252');
    expect(io.err.join('')).toContain(`${path.join(dir, 'latin1.txt')}: warning: not valid UTF-8; read as Windows-1252`);
  });

  it('a Latin-1 file and its UTF-8 twin decompose to the same graph', async () => {
    const [latin1, utf8] = [captured(), captured()];
    await runDecompose([path.join(dir, 'latin1.txt')], { pretty: false }, latin1);
    await runDecompose([path.join(dir, 'utf8.txt')], { pretty: false }, utf8);
    const [a, b] = [JSON.parse(latin1.out[0]!), JSON.parse(utf8.out[0]!)];
    expect(a.entities).toEqual(b.entities);
    expect(a.ties).toEqual(b.ties);
    expect(b.warnings).not.toContain(NOT_UTF8_WARNING);
  });

  it('kg ingest passes the decoded text on and prints the warning for that file', async () => {
    const io = captured();
    const texts: string[] = [];
    const deps = { ...io, store: null, progressStream: null, decompose: (text: string, o: { fileName?: string }) => (texts.push(text), decompose(text, { ...o, now: new Date('2026-01-01') })) };
    expect(await runIngest([path.join(dir, 'latin1.txt')], { dryRun: true }, deps)).toBe(0);
    expect(texts[0]).toContain('Café');
    expect(texts[0]).not.toContain('\uFFFD');
    expect(io.err.join('')).toBe(`warning: ${path.join(dir, 'latin1.txt')}: not valid UTF-8; read as Windows-1252\n`);
  });

  it('still refuses a binary file as BAD_INPUT, as before', async () => {
    const io = captured();
    expect(await runDecompose([path.join(dir, 'binary.txt')], { pretty: false }, io)).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toMatch(/binary\.txt: BAD_INPUT: report \(.*binary\.txt\) looks binary/);
    const ingest = captured();
    expect(await runIngest([path.join(dir, 'binary.txt')], { dryRun: true }, { ...ingest, store: null, progressStream: null, decompose: (t, o) => decompose(t, o) })).toBe(1);
    expect(ingest.err.join('')).toMatch(/failed: .*binary\.txt: report \(binary\.txt\) looks binary/);
  });

  it('still refuses a file with NUL bytes that is also not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('Headline\n\nCaf', 'latin1'), Buffer.from([0xe9, 0x00, 0x00, 0x00])]);
    const decoded = decodeReportBytes(bytes);
    expect(() => decompose(decoded.text)).toThrow(/looks binary \(it contains NUL bytes\)/);
  });
});
