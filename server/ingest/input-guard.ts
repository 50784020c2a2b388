/**
 * Checks raw input before any parsing: size cap, binary content, emptiness. Each failure
 * is a KgError with a message that says what to fix.
 */
import { KgError } from '../errors.ts';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

// Control characters are what this guard looks for, so the regex names them on purpose.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function guardText(input: string, maxBytes: number, fileName?: string): string {
  const where = fileName ? ` (${fileName})` : '';
  // A cheap upper bound first: UTF-16 length × 3 bounds the UTF-8 size.
  if (input.length > maxBytes || (input.length * 3 > maxBytes && Buffer.byteLength(input, 'utf8') > maxBytes)) {
    throw new KgError('TOO_LARGE', `report${where} is larger than the ${maxBytes}-byte limit; split it or raise maxBytes`, { maxBytes });
  }
  if (input.includes('\u0000')) throw new KgError('BAD_INPUT', `report${where} looks binary (it contains NUL bytes); expected UTF-8 text or JSON`);
  const sample = input.length > 65_536 ? input.slice(0, 65_536) : input;
  const controls = sample.match(CONTROL)?.length ?? 0;
  const replacement = sample.split('\uFFFD').length - 1;
  if (sample.length > 0 && (controls + replacement) / sample.length > 0.05) {
    throw new KgError('BAD_INPUT', `report${where} looks binary (${controls + replacement} control or undecodable characters); expected UTF-8 text or JSON`);
  }
  // Offsets stay valid: CRLF becomes " \n" (same length), stray controls become spaces.
  // Most input needs none of these rewrites: skip the passes when there is nothing to rewrite.
  const clean = controls === 0 && sample === input && input.charCodeAt(0) !== 0xfeff && !input.includes('\r');
  const text = clean ? input : input.replace(/^\uFEFF/, ' ').replace(/\r\n/g, ' \n').replace(/\r/g, '\n').replace(CONTROL, ' ');
  if (text.trim().length === 0) throw new KgError('BAD_INPUT', `report${where} is empty; expected report text or JSON`);
  return text;
}
