/**
 * Report files as text. Reports are expected in UTF-8; a file that is not valid UTF-8
 * but reads as Windows-1252 text (Latin-1 exports, "Save as text" from old editors) is
 * decoded as that, with a warning, instead of every "é" silently becoming U+FFFD.
 * Anything else (binary) decodes as before, lossy UTF-8, so the input guard rejects it
 * with its usual "looks binary" message.
 */
import { readFile } from 'node:fs/promises';
import type { DecomposedReport } from '../ingest/decomposed-report.ts';

export const NOT_UTF8_WARNING = 'not valid UTF-8; read as Windows-1252';
export const UNDECODABLE_WARNING = 'not valid UTF-8; undecodable bytes read as U+FFFD';

export interface ReportFileText {
  text: string;
  /** About the file's encoding; to add to the report's warnings. */
  warnings: string[];
}

// ignoreBOM keeps a leading BOM in the text, as readFile(…, 'utf8') did: the input guard
// turns it into a space so offsets and content hashes stay what they were.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');
/**
 * Windows-1252's bytes 0x80-0x9F (WHATWG index). Node 20's TextDecoder decodes them as
 * Latin-1 C1 controls (nodejs/node#56542), so "€" and curly quotes are mapped here. On
 * a runtime that decodes them right, only the five undefined bytes remain in that range,
 * and they map to themselves.
 */
const C1_AS_WINDOWS_1252 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return windows1252.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80]!));
}

export function decodeReportBytes(bytes: Uint8Array): ReportFileText {
  try {
    return { text: utf8.decode(bytes), warnings: [] };
  } catch {
    const text = decodeWindows1252(bytes);
    if (readsAsText(text)) return { text, warnings: [NOT_UTF8_WARNING] };
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), warnings: [UNDECODABLE_WARNING] };
  }
}

export async function readReportFile(path: string): Promise<ReportFileText> {
  return decodeReportBytes(await readFile(path));
}

/**
 * Windows-1252 decodes every byte but five, so decoding proves nothing: text has no NUL,
 * none of the five undefined bytes (left as U+0081, U+008D, U+008F, U+0090, U+009D) and
 * next to no other control characters; binary data has them every few bytes.
 */
function readsAsText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c >= 0x80 && c <= 0x9f)) return false;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return controls * 100 <= text.length;
}

/** The report with the file's encoding warnings first: they concern the file, not its content. */
export function withFileWarnings(report: DecomposedReport, warnings: string[]): DecomposedReport {
  return warnings.length ? { ...report, warnings: [...warnings, ...report.warnings] } : report;
}
