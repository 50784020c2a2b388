/**
 * The embedded store's durable log in its data directory:
 *   snapshot.jsonl  the canonical state at the last compaction (written to a temp file,
 *                   fsynced, renamed: it is always whole)
 *   journal.jsonl   records appended since; every append is fsynced before it resolves,
 *                   so what was acknowledged survives kill -9.
 * A torn last line (a crash mid-append) is dropped with a warning and cut off the file,
 * so the next append starts on a clean line. Garbage followed by good records is not a
 * torn write but corruption, and start-up refuses it.
 */
import { mkdir, open, readFile, rename, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { KgError } from '../../errors.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { parseRecord, type JournalRecord } from './journal-records.ts';

const SNAPSHOT = 'snapshot.jsonl';
const JOURNAL = 'journal.jsonl';
const NEWLINE = 0x0a;

export class Journal {
  private constructor(
    private readonly dir: string,
    private handle: FileHandle,
    private bytes: number,
    private snapshotBytesValue: number,
    private readonly log: (msg: string) => void,
    private readonly unlock: () => Promise<void>,
  ) {}

  /** Open (creating) the data directory and read back every record, snapshot first. */
  static async open(dir: string, log: (msg: string) => void): Promise<{ journal: Journal; records: JournalRecord[] }> {
    let handle: FileHandle;
    let unlock: () => Promise<void>;
    try {
      await mkdir(dir, { recursive: true });
      unlock = await lockDataDir(dir);
    } catch (e) {
      throw e instanceof KgError ? e : notWritable(dir, e);
    }
    try {
      handle = await open(path.join(dir, JOURNAL), 'a+');
    } catch (e) {
      await unlock();
      throw notWritable(dir, e);
    }
    try {
      const { records: snapshot, bytes: snapshotBytes } = await readSnapshot(dir);
      const { records, goodBytes, tornBytes } = await readJournal(path.join(dir, JOURNAL), log);
      if (tornBytes > 0) await truncate(path.join(dir, JOURNAL), goodBytes);
      return { journal: new Journal(dir, handle, goodBytes, snapshotBytes, log, unlock), records: [...snapshot, ...records] };
    } catch (e) {
      await handle.close();
      await unlock();
      throw e;
    }
  }

  /** Bytes in the journal since the last compaction. */
  get size(): number {
    return this.bytes;
  }

  /** Bytes in the last snapshot. */
  get snapshotBytes(): number {
    return this.snapshotBytesValue;
  }

  /** Append records and fsync; resolves only once they are on disk. */
  async append(records: JournalRecord[]): Promise<void> {
    if (records.length === 0) return;
    const text = records.map((r) => JSON.stringify(r) + '\n').join('');
    const buf = Buffer.from(text);
    try {
      await this.handle.appendFile(buf);
      await this.handle.datasync();
    } catch (e) {
      // Cut a partial append off, or the next good record would follow garbage.
      await this.handle.truncate(this.bytes).catch(() => undefined);
      throw new KgError('STORE_UNAVAILABLE', `Could not write the journal in "${this.dir}": ${(e as Error).message}. Check free space and permissions.`);
    }
    this.bytes += buf.length;
  }

  /**
   * Replace snapshot + journal by a snapshot of `state`: temp file, fsync, rename, fsync
   * the directory, then empty the journal. A crash at any step leaves a readable state
   * (old snapshot + full journal, or new snapshot + journal whose replay is idempotent).
   */
  async compact(state: JournalRecord[]): Promise<void> {
    const tmp = path.join(this.dir, `${SNAPSHOT}.tmp`);
    const out = await open(tmp, 'w');
    let written = 0;
    try {
      const chunk: string[] = [];
      for (const r of state) {
        const line = JSON.stringify(r) + '\n';
        written += Buffer.byteLength(line);
        chunk.push(line);
        if (chunk.length >= 500) await out.appendFile(chunk.splice(0).join(''));
      }
      await out.appendFile(chunk.join(''));
      await out.sync();
    } finally {
      await out.close();
    }
    await rename(tmp, path.join(this.dir, SNAPSHOT));
    await syncDir(this.dir);
    await this.handle.truncate(0);
    await this.handle.sync();
    this.bytes = 0;
    this.snapshotBytesValue = written;
    this.log(`embedded store: compacted ${state.length} records into ${SNAPSHOT}`);
  }

  async close(): Promise<void> {
    await this.handle.close();
    await this.unlock();
  }
}

async function readSnapshot(dir: string): Promise<{ records: JournalRecord[]; bytes: number }> {
  let text: string;
  try {
    text = await readFile(path.join(dir, SNAPSHOT), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], bytes: 0 };
    throw e;
  }
  const records: JournalRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const r = parseRecord(line);
    if (!r) throw new KgError('BAD_CONFIG', `Snapshot ${path.join(dir, SNAPSHOT)} is corrupt: restore it from a backup or remove it to start from the journal alone.`);
    records.push(r);
  }
  return { records, bytes: Buffer.byteLength(text) };
}

async function readJournal(file: string, log: (msg: string) => void) {
  const buf = await readFile(file);
  const records: JournalRecord[] = [];
  let offset = 0;
  let badAt = -1;
  while (offset < buf.length) {
    const nl = buf.indexOf(NEWLINE, offset);
    const end = nl === -1 ? buf.length : nl;
    const line = buf.subarray(offset, end).toString('utf8');
    const record = nl === -1 ? null : parseRecord(line); // no newline: the append never finished
    if (line.trim() === '' && nl !== -1) {
      // blank line: harmless
    } else if (record && badAt === -1) {
      records.push(record);
    } else if (record) {
      throw new KgError('BAD_CONFIG', `Journal ${file} is corrupt at byte ${badAt} (valid records follow it): restore it from a backup.`);
    } else if (badAt === -1) {
      badAt = offset;
    }
    offset = end + 1;
  }
  if (badAt === -1) return { records, goodBytes: buf.length, tornBytes: 0 };
  log(`embedded store: dropped a torn last journal line (${buf.length - badAt} bytes at byte ${badAt} of ${file}); the write it held was never acknowledged.`);
  return { records, goodBytes: badAt, tornBytes: buf.length - badAt };
}

async function syncDir(dir: string): Promise<void> {
  const d = await open(dir, 'r');
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}

function notWritable(dir: string, e: unknown): KgError {
  const reason = e instanceof Error ? e.message : String(e);
  return new KgError(
    'BAD_CONFIG',
    `KG_DATA_DIR "${dir}" is not writable: ${reason}. Point KG_DATA_DIR at a directory this process can create and write, or fix its permissions.`,
  );
}
