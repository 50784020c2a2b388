/**
 * Plain news articles: a headline, optional "Source:" and "Date:" lines, then body
 * paragraphs. Everything after the header is body text. With no header date, a dateline
 * opening the body ("Tehran, 3 March 2026 — …") gives the published date.
 */
import { whyNotADate } from './dates.ts';
import { readDateline } from './dateline.ts';
import { splitLines } from './lines.ts';
import { parseHeader } from './parse-header.ts';
import type { ParsedReport, Segment } from './parsed-report.ts';

export function parseNewsArticle(text: string): ParsedReport {
  const lines = splitLines(text);
  const header = parseHeader(lines);
  const warnings: string[] = [];
  if (header.badDate) warnings.push(whyNotADate(header.badDate) ?? `could not read the date "${header.badDate.slice(0, 40)}"; expected YYYY-MM-DD or "September 8, 2025"`);
  const segments: Segment[] = [];
  if (header.title) segments.push({ section: 'headline', start: header.titleStart, end: header.titleEnd });
  const bodyStart = lines[header.bodyLine]?.start ?? text.length;
  if (bodyStart < text.length) segments.push({ section: 'body', start: bodyStart, end: text.length });
  const firstBodyLine = lines.slice(header.bodyLine).find((l) => l.text.trim() !== '');
  const publishedOn = header.publishedOn ?? (firstBodyLine ? readDateline(firstBodyLine.text)?.date ?? null : null);
  return {
    format: 'news-article',
    title: header.title,
    source: header.source,
    publishedOn,
    confidence: null,
    bluf: null,
    segments,
    keyEntities: [],
    tags: [],
    claims: [],
    warnings,
  };
}
