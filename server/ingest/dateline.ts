/**
 * A news dateline at the start of an article body: "Tehran, 3 March 2026 — The foreign
 * ministers met …", "BAGHDAD, March 3, 2026 (Reuters) - …". The date is read by
 * chrono-node (strict mode: a written-out calendar date, never "today" or "next week"),
 * and only when it gives day, month and year outright.
 */
import * as chrono from 'chrono-node';
import { isoDate } from './dates.ts';

export interface Dateline {
  readonly place: string;
  /** YYYY-MM-DD */
  readonly date: string;
  /** Offset in the line where the text after the dash begins. */
  readonly textStart: number;
}

/**
 * "<Place>, <date> [(<Agency>)] <dash> ": a capitalised place of one to four words, a comma,
 * a short date, an optional agency in brackets, then an em dash, en dash or spaced hyphen.
 */
const DATELINE = /^\s*(?:\*\*)?(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}),\s+([\p{L}\d][\p{L}\d.,\s]{4,30}?)(?:\*\*)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–]|\s-)\s*/u;

/** Reads a dateline at the very start of `text` (the first body line), else null. */
export function readDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 160));
  if (!m) return null;
  const written = m[2]!.trim().replace(/,$/, '');
  const [parsed] = chrono.strict.parse(written);
  // The whole date text must be the date: "3 March 2026", not "talks on 3 March 2026".
  if (!parsed || parsed.index !== 0 || parsed.text.length !== written.length) return null;
  const { start } = parsed;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const date = isoDate(start.get('year')!, start.get('month')!, start.get('day')!);
  return date ? { place: m[1]!, date, textStart: m[0].length } : null;
}
