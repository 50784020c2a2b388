/**
 * Turn `kg ingest` arguments into a list of inputs: files as given, folders walked for
 * report files (*.txt, *.md, *.json, sorted), `-` for stdin. A path that cannot be read
 * becomes a failure, not an abort, so one typo does not stop a large ingest.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const REPORT_EXTENSIONS = ['.txt', '.md', '.json'];

export type IngestInput = { kind: 'stdin'; label: string } | { kind: 'file'; label: string; path: string };

export interface ExpandedInputs {
  inputs: IngestInput[];
  failures: { input: string; reason: string }[];
}

export async function expandInputs(args: string[]): Promise<ExpandedInputs> {
  const inputs: IngestInput[] = [];
  const failures: { input: string; reason: string }[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin', label: '<stdin>' });
      continue;
    }
    try {
      const s = await stat(arg);
      if (s.isDirectory()) {
        const files = await walk(arg);
        if (files.length === 0) failures.push({ input: arg, reason: `no ${REPORT_EXTENSIONS.join(', ')} files in this folder` });
        for (const f of files) inputs.push({ kind: 'file', label: f, path: f });
      } else {
        inputs.push({ kind: 'file', label: arg, path: arg });
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      failures.push({ input: arg, reason: code === 'ENOENT' ? 'no such file or folder' : (e as Error).message });
    }
  }
  return { inputs, failures };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}
