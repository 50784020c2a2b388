/**
 * The header lines both text formats share: a headline that may end in " – Publisher",
 * and optional "Source:", "Published on:" / "Date:" lines.
 */
import { readDateline } from './dateline.ts';
import { parseDateString } from './dates.ts';
import type { Line } from './lines.ts';

export interface Header {
  readonly title: string;
  readonly titleStart: number;
  readonly titleEnd: number;
  readonly source: string | null;
  readonly publishedOn: string | null;
  /** The raw date text when it was present but unreadable. */
  readonly badDate: string | null;
  /** Index of the first line after the header. */
  readonly bodyLine: number;
}

/** " – Publisher" at the end of a headline: a short name after a spaced dash. */
const SOURCE_SUFFIX = /\s[–—-]\s([^–—]{2,60})$/;
const SOURCE_LINE = /^\s*(?:\*\*)?Source(?:\*\*)?\s*:\s*(.+?)\s*$/i;
const DATE_LINE = /^\s*(?:\*\*)?(?:Published(?:\s+on)?|Date(?:\s+published)?|Dated)(?:\*\*)?\s*:\s*(.+?)\s*$/i;
const REPORT_LINE = /^\s*(?:\*\*)?Intelligence Report(?:\*\*)?\s*:/i;

function looksLikePublisher(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length <= 6 && !/[.!?]$/.test(s.trim()) && /^[\p{Lu}\d]/u.test(s.trim());
}

export function parseHeader(lines: readonly Line[]): Header {
  let i = 0;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  const headLine = lines[i];
  let title = '';
  let titleStart = 0;
  let titleEnd = 0;
  let source: string | null = null;
  if (headLine) {
    const raw = headLine.text.replace(/^\s*#+\s*/, '');
    const trimmed = raw.trim().replace(/^\*\*(.*)\*\*$/, '$1');
    const m = SOURCE_SUFFIX.exec(trimmed);
    if (m && looksLikePublisher(m[1]!)) { title = trimmed.slice(0, m.index).trim(); source = m[1]!.trim(); }
    else title = trimmed;
    titleStart = headLine.start + Math.max(0, headLine.text.indexOf(title));
    titleEnd = titleStart + title.length;
    i++;
  }
  let publishedOn: string | null = null;
  let badDate: string | null = null;
  // Header lines: up to six lines after the headline that are source, date or report lines.
  const limit = Math.min(lines.length, i + 6);
  let bodyLine = i;
  for (let j = i; j < limit; j++) {
    const text = lines[j]!.text;
    const s = SOURCE_LINE.exec(text);
    const d = DATE_LINE.exec(text);
    if (s) { source = source ?? s[1]!.replace(/\*\*/g, '').trim(); bodyLine = j + 1; }
    else if (d) {
      const parsed = parseDateString(d[1]!.replace(/\*\*/g, ''));
      if (parsed) publishedOn = publishedOn ?? parsed; else badDate = d[1]!;
      bodyLine = j + 1;
    } else if (REPORT_LINE.test(text) || text.trim() === '') { if (bodyLine === j) bodyLine = j + 1; }
    else if (!publishedOn && lines[j]!.text.trim().length < 40 && parseDateString(text)) {
      publishedOn = parseDateString(text);
      // "Tehran, 3 March 2026 — Talks resumed.": a dateline opening the body, which stays body.
      const dateline = readDateline(text);
      if (dateline && text.slice(dateline.textStart).trim() !== '') break;
      bodyLine = j + 1;
    }
    else break;
  }
  return { title, titleStart, titleEnd, source, publishedOn, badDate, bodyLine };
}
