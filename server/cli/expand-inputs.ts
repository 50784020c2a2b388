/**
 * Turn `kg ingest` arguments into a list of inputs: files as given, folders walked for
 * report files (*.txt, *.md, *.json, sorted), `-` for stdin. A path that cannot be read
 * becomes a failure, not an abort, so one typo does not stop a large ingest.
 *
 * Folders are walked following symlinks (stat, not lstat), and every entry that is not
 * read is accounted for, so nothing in a folder goes unmentioned:
 * - failed (the run exits non-zero): a path named on the command line that cannot be
 *   read, a report file (by its extension) that is a dangling link, a link loop, a FIFO,
 *   socket or device, and a subfolder that cannot be listed;
 * - skipped (listed, exit code unchanged): any other entry that is not a report file
 *   (other extensions, FIFOs, sockets, dangling links) and a folder link leading back to
 *   a folder already read (a symlink loop).
 */
import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const REPORT_EXTENSIONS = ['.txt', '.md', '.json'];

export type IngestInput = { kind: 'stdin'; label: string } | { kind: 'file'; label: string; path: string };

export interface UnreadInput {
  input: string;
  reason: string;
}

export interface ExpandedInputs {
  inputs: IngestInput[];
  failures: UnreadInput[];
  skipped: UnreadInput[];
}

export async function expandInputs(args: string[]): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { inputs: [], failures: [], skipped: [] };
  for (const arg of args) {
    if (arg === '-') {
      out.inputs.push({ kind: 'stdin', label: '<stdin>' });
      continue;
    }
    let s: Stats;
    try {
      s = await stat(arg);
    } catch (e) {
      out.failures.push({ input: arg, reason: await whyUnreadable(arg, e) });
      continue;
    }
    // Anything else named explicitly is read as asked: a file, or a pipe such as <(curl ...).
    if (!s.isDirectory()) {
      out.inputs.push({ kind: 'file', label: arg, path: arg });
      continue;
    }
    const before = out.inputs.length;
    const root = await realpath(arg);
    await walk(arg, [root], new Map([[root, arg]]), out);
    if (out.inputs.length === before) out.failures.push({ input: arg, reason: `no ${REPORT_EXTENSIONS.join(', ')} files in this folder` });
  }
  return out;
}

/**
 * `ancestors`: real paths of the folders on the way down (a link to one is a loop);
 * `seen`: every folder read so far, by real path, with the path it was read as.
 */
async function walk(dir: string, ancestors: string[], seen: Map<string, string>, out: ExpandedInputs): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.failures.push({ input: dir, reason: `cannot list this folder: ${await whyUnreadable(dir, e)}` });
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    const isReport = REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase());
    const notRead = (reason: string) => (isReport ? out.failures : out.skipped).push({ input: p, reason });
    let entry: Dirent | Stats = e;
    if (e.isSymbolicLink()) {
      try {
        entry = await stat(p);
      } catch (err) {
        notRead(await whyUnreadable(p, err));
        continue;
      }
    }
    if (entry.isDirectory()) {
      const real = await realpath(p).catch(() => p);
      const ancestor = ancestors.indexOf(real);
      const readAs = seen.get(real);
      if (ancestor >= 0) out.skipped.push({ input: p, reason: `symlink loop: leads back to ${readAs ?? 'a parent folder'}` });
      else if (readAs !== undefined) out.skipped.push({ input: p, reason: `same folder as ${readAs}, already read` });
      else {
        seen.set(real, p);
        await walk(p, [...ancestors, real], seen, out);
      }
    } else if (entry.isFile()) {
      if (isReport) out.inputs.push({ kind: 'file', label: p, path: p });
      else out.skipped.push({ input: p, reason: `not a report file (${REPORT_EXTENSIONS.join(', ')})` });
    } else {
      notRead(`${specialKind(entry)}, not a regular file; not read`);
    }
  }
}

function specialKind(s: Dirent | Stats): string {
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isSocket()) return 'a socket';
  if (s.isBlockDevice() || s.isCharacterDevice()) return 'a device';
  return 'not a file or folder';
}

/** Why stat failed, in the user's terms: a missing path, a dangling link, a link loop. */
async function whyUnreadable(p: string, e: unknown): Promise<string> {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'symlink loop: the link resolves back to itself';
  if (code === 'EACCES') return 'permission denied';
  if (code !== 'ENOENT') return (e as Error).message;
  const link = await lstat(p).then((s) => s.isSymbolicLink(), () => false);
  if (!link) return 'no such file or folder';
  const target = await readlink(p).catch(() => '?');
  return `dangling symlink: its target ${target} does not exist`;
}
