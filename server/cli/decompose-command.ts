/**
 * `kg decompose <files...>`: one DecomposedReport JSON per line on stdout (indented with
 * --pretty). A file that fails prints its error to stderr with the file name and the rest
 * continue; the exit code is 1 when any failed. Warnings go to stderr too, among them a
 * file that is not UTF-8 (read-report-file.ts).
 */
import { isKgError } from '../errors.ts';
import { decompose } from '../ingest/decompose.ts';
import { readReportFile, withFileWarnings } from './read-report-file.ts';

export interface DecomposeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
}

function describe(e: unknown): string {
  if (isKgError(e)) return `${e.code}: ${e.message}`;
  if (e && typeof e === 'object' && 'code' in e && (e as NodeJS.ErrnoException).code === 'ENOENT') return 'NOT_FOUND: no such file';
  return `ERROR: ${e instanceof Error ? e.message : String(e)}`;
}

export async function runDecompose(paths: string[], opts: { pretty: boolean }, io: DecomposeIo): Promise<number> {
  let failures = 0;
  for (const path of paths) {
    const label = path === '-' ? 'stdin' : path;
    try {
      const { text, warnings } = path === '-' ? { text: await io.readStdin(), warnings: [] } : await readReportFile(path);
      const report = withFileWarnings(decompose(text, { fileName: label }), warnings);
      io.stdout(`${JSON.stringify(report, null, opts.pretty ? 2 : undefined)}\n`);
      for (const w of report.warnings) io.stderr(`${label}: warning: ${w}\n`);
    } catch (e) {
      failures++;
      io.stderr(`${label}: ${describe(e)}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}
