/**
 * The single entry point of the ingest pipeline: a report (text in any supported format,
 * JSON text, or a ReportInput object) in, a validated DecomposedReport out. Pure: no I/O,
 * no store; "now" is injectable so output is deterministic.
 *
 * Bad input never crashes: oversized input is KgError('TOO_LARGE'), binary or empty
 * input and malformed JSON are KgError('BAD_INPUT'), anything merely incomplete (no
 * date, no sections) yields a result with warnings.
 */
import { KgError } from '../errors.ts';
import { assembleReport } from './assemble-report.ts';
import { decomposeJson, parseReportInput } from './decompose-json.ts';
import type { DecomposedReport } from './decomposed-report.ts';
import { detectFormat } from './detect-format.ts';
import { DEFAULT_MAX_BYTES, guardText } from './input-guard.ts';
import { parseIntelReport } from './parse-intel-report.ts';
import { jsonArrayItems } from './json-array.ts';
import { parseNewsArticle } from './parse-news-article.ts';
import type { ReportInput } from './report-input.ts';

export { DEFAULT_MAX_BYTES } from './input-guard.ts';
export type { ReportInput } from './report-input.ts';

export interface DecomposeOptions {
  /** Ingest time: the date used when a report has none. Defaults to the current time. */
  readonly now?: Date;
  /** Size cap in bytes (UTF-8). Default 2 MB. */
  readonly maxBytes?: number;
  /** Shown in errors and used as a title of last resort. */
  readonly fileName?: string;
}

export function decompose(input: string | ReportInput, options: DecomposeOptions = {}): DecomposedReport {
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new KgError('BAD_INPUT', 'options.now is not a valid date');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input !== null && typeof input === 'object') {
    let serialized: string;
    try { serialized = JSON.stringify(input); } catch { throw new KgError('BAD_INPUT', 'report object cannot be serialized to JSON'); }
    guardText(serialized, maxBytes, options.fileName);
    return decomposeJson(parseReportInput(input, options.fileName), serialized, now, options.fileName);
  }
  if (typeof input !== 'string') throw new KgError('BAD_INPUT', 'report must be text or a ReportInput object');
  const text = guardText(input, maxBytes, options.fileName);
  const batch = jsonArrayItems(text)?.length ?? null;
  if (batch !== null) {
    throw new KgError('BAD_INPUT', `this text is a JSON array of ${batch} item${batch === 1 ? '' : 's'}, not one report: send each item as a report of its own (the ingestReports mutation takes a list; kg ingest and the viewer's paste box split an array themselves)`);
  }
  const format = detectFormat(text);
  if (format === 'json') {
    let value: unknown;
    try { value = JSON.parse(text); } catch (e) {
      throw new KgError('BAD_INPUT', `report${options.fileName ? ` (${options.fileName})` : ''} starts with "{" but is not valid JSON: ${(e as Error).message}`);
    }
    return decomposeJson(parseReportInput(value, options.fileName), input, now, options.fileName);
  }
  const parsed = format === 'intel-report' ? parseIntelReport(text) : parseNewsArticle(text);
  return assembleReport(text, parsed, { now, original: input, ...(options.fileName ? { fileName: options.fileName } : {}) });
}
