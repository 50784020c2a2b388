/**
 * Which parser reads a text: JSON (an object that parses), the intelligence-report format
 * (a BLUF or at least two of its section headings, or an "Intelligence Report:" line), or
 * a plain news article (everything else).
 */
import type { ReportFormat } from './parsed-report.ts';

const INTEL_MARKERS = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:\d{1,2}\s*[.)]\s*)?(?:\*\*)?\s*(?:BLUF|Bottom Line Up Front|Competing Hypothes[ie]s|Key Assumptions|Implications and|Recommendations and|Key Individuals|Thematic Tags|Intelligence Report\s*:)/gim;

export function detectFormat(text: string): ReportFormat {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return 'json';
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const markers = head.match(INTEL_MARKERS)?.length ?? 0;
  if (markers >= 2 || /^\s*(?:\d+\s*[.)]\s*)?(?:\*\*)?\s*BLUF\b/im.test(head)) return 'intel-report';
  return 'news-article';
}
