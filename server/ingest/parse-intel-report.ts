/**
 * The intelligence-report format: headline "… – Source", "Published on:", "Intelligence
 * Report:", then sections (BLUF, competing hypotheses, assumptions and red flags,
 * implications and risks, recommendations with scenario projections, key individuals,
 * thematic tags). Tolerates numbered or unnumbered headings, markdown markers, inline
 * "Tags: a, b", any bullet style and missing sections.
 */
import type { ClaimKind } from '../ontology/ontology.ts';
import { whyNotADate } from './dates.ts';
import { BULLET, splitLines, type Line } from './lines.ts';
import { parseHeader } from './parse-header.ts';
import type { Confidence, ListItem, ParsedReport, RawClaim, Segment, SectionName } from './parsed-report.ts';

const HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:(\d{1,2})\s*[.)]\s*)?(?:\*\*)?\s*([A-Za-z][A-Za-z ()&,/-]{2,60}?)\s*(?:\*\*)?\s*(?::\s*(.*?))?\s*(?:\*\*)?\s*$/;

function classifyHeading(words: string): SectionName | null {
  const w = words.toLowerCase();
  if (/^(?:bluf|bottom line)/.test(w)) return 'bluf';
  if (/hypothes[ie]s/.test(w)) return 'hypotheses';
  if (/assumption|red flag/.test(w)) return 'assumptions';
  if (/implication|strategic risk/.test(w)) return 'implications';
  if (/^recommendation|outlook/.test(w)) return 'recommendations';
  if (/individual|key (?:entities|people|actors|persons|figures)/.test(w)) return 'key-individuals';
  if (/^(?:thematic )?tags?$|^themes?$|^keywords$/.test(w)) return 'tags';
  return null;
}

interface Heading { section: SectionName; line: number; contentStart: number }

function findHeadings(lines: readonly Line[], from: number): Heading[] {
  const out: Heading[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.length > 120) continue;
    const m = HEADING.exec(line.text);
    if (!m) continue;
    const section = classifyHeading(m[2]!.trim());
    if (!section) continue;
    const inline = m[3];
    // "Assumptions: it is assumed…" without a number is a labelled paragraph, not a heading.
    if (inline && !m[1] && section !== 'tags' && section !== 'key-individuals' && section !== 'bluf') continue;
    const contentStart = inline ? line.start + line.text.lastIndexOf(inline) : line.end + 1;
    out.push({ section, line: i, contentStart: Math.min(contentStart, line.end + 1) });
  }
  return out;
}

const CONFIDENCE = /confidence(?:\s+level)?(?:\s+is)?\s*[:–-]?\s*\**\s*(low|moderate|medium|high)\b/i;

export function parseConfidence(text: string): Confidence | null {
  const m = CONFIDENCE.exec(text);
  if (!m) return null;
  const level = m[1]!.toLowerCase();
  return level === 'medium' ? 'moderate' : (level as Confidence);
}

/** List items of a span: a bullet or number starts one; other lines continue it. */
export function listItems(text: string, lines: readonly Line[], start: number, end: number): ListItem[] {
  const items: { start: number; end: number }[] = [];
  for (const line of lines) {
    if (line.end <= start || line.start >= end) continue;
    const from = Math.max(line.start, start);
    const body = text.slice(from, Math.min(line.end, end));
    if (body.trim() === '') continue;
    const bullet = BULLET.exec(body);
    const itemStart = from + (bullet ? bullet[0].length : body.length - body.trimStart().length);
    const last = items[items.length - 1];
    if (bullet || !last) items.push({ start: itemStart, end: Math.min(line.end, end) });
    else last.end = Math.min(line.end, end);
  }
  return items
    .map((it) => ({ ...it, text: text.slice(it.start, it.end).trim() }))
    .filter((it) => it.text.length > 0);
}

const LABEL = /^\**\s*([A-Za-z][A-Za-z ]{1,40}?)\s*\**\s*:\s*\**\s*/;

function stripLabel(text: string): { label: string | null; body: string; offset: number } {
  const m = LABEL.exec(text);
  if (!m) return { label: null, body: text.replace(/\*\*/g, '').trim(), offset: 0 };
  return { label: m[1]!.trim().toLowerCase(), body: text.slice(m[0].length).replace(/\*\*/g, '').trim(), offset: m[0].length };
}

function sentencesOf(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const re = /[^.!?]+(?:[.!?]+|$)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const t = m[0].trim();
    if (t.length > 2) out.push({ text: t, offset: m.index + (m[0].length - m[0].trimStart().length) });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/**
 * Lower-cased runs of four or more letters or digits (code points), as
 * `text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu)` finds them, in one scan with ASCII
 * decided without a regex.
 */
export function contentWords(text: string): Set<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  let start = -1;
  let count = 0;
  for (let i = 0; i <= lower.length;) {
    let word = false;
    let width = 1;
    if (i < lower.length) {
      const c = lower.charCodeAt(i);
      if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
      else {
        const cp = lower.codePointAt(i)!;
        if (cp > 0xffff) width = 2;
        word = WORD_CHAR.test(String.fromCodePoint(cp));
      }
    }
    if (word) {
      if (start < 0) { start = i; count = 0; }
      count++;
    } else if (start >= 0) {
      if (count >= 4) out.add(lower.slice(start, i));
      start = -1;
    }
    i += width;
  }
  return out;
}

const CLAIM_SECTIONS: ReadonlySet<SectionName> = new Set(['hypotheses', 'assumptions', 'implications', 'recommendations']);

/** Claims of the analysis sections, ranked in order, with the most supported marked. */
function extractRawClaims(text: string, lines: readonly Line[], sections: readonly Segment[], bluf: string | null): RawClaim[] {
  const claims: RawClaim[] = [];
  const rank: Record<string, number> = {};
  const push = (kind: ClaimKind, body: string, start: number, supported = false) => {
    const clean = body.replace(/\*\*/g, '').trim();
    if (clean.length < 3) return;
    rank[kind] = (rank[kind] ?? 0) + 1;
    claims.push({ kind, text: clean, rank: rank[kind]!, supported, start, end: start + body.length });
  };
  for (const seg of sections) {
    if (!CLAIM_SECTIONS.has(seg.section)) continue; // no claims elsewhere: skip listing their items
    const items = listItems(text, lines, seg.start, seg.end);
    if (seg.section === 'hypotheses') {
      for (const item of items) {
        const body = item.text.replace(/^\**\s*Hypothesis\s*\d*\s*\**\s*[:.–-]?\s*\**\s*/i, '');
        push('hypothesis', body, item.start + (item.text.length - body.length));
      }
    } else if (seg.section === 'assumptions') {
      for (const item of items) {
        const { label, body, offset } = stripLabel(item.text);
        const kind: ClaimKind = label && /red flag|indicator|warning/.test(label) ? 'red_flag' : 'assumption';
        for (const s of sentencesOf(body)) push(kind, s.text, item.start + offset + s.offset);
      }
    } else if (seg.section === 'implications') {
      for (const item of items) {
        const { body, offset } = stripLabel(item.text);
        push('risk', body, item.start + offset);
      }
    } else if (seg.section === 'recommendations') {
      let scenarios = false;
      for (const item of items) {
        if (/^\**\s*scenario(?:s| projections?)?\s*\**\s*:?\s*\**\s*$/i.test(item.text)) { scenarios = true; continue; }
        const scenario = /^\**\s*(best|worst|most likely|likely|base|alternative)(?:[\s-]case)?\s*\**\s*:/i.exec(item.text);
        if (scenarios || scenario) push('scenario', item.text, item.start, !!scenario && /most likely/i.test(scenario[1]!));
        else push('recommendation', stripLabel(item.text).body, item.start + stripLabel(item.text).offset);
      }
    }
  }
  // The BLUF names the most supported hypothesis; mark the hypothesis that shares most words with it.
  const supportedSentence = bluf ? /most (?:supported|likely) hypothesis is(?: that)?([^.]*)/i.exec(bluf)?.[1] : undefined;
  const hypotheses = claims.filter((c) => c.kind === 'hypothesis');
  if (supportedSentence && hypotheses.length > 0) {
    const target = contentWords(supportedSentence);
    let best = -1;
    let bestScore = 0;
    hypotheses.forEach((h, i) => {
      const words = contentWords(h.text);
      let shared = 0;
      for (const w of words) if (target.has(w)) shared++;
      const score = shared / Math.sqrt(words.size * target.size || 1);
      if (score > bestScore) { bestScore = score; best = i; }
    });
    if (best >= 0) {
      const idx = claims.indexOf(hypotheses[best]!);
      claims[idx] = { ...claims[idx]!, supported: true };
    }
  }
  return claims;
}

export function parseIntelReport(text: string): ParsedReport {
  const lines = splitLines(text);
  const header = parseHeader(lines);
  const warnings: string[] = [];
  if (header.badDate) warnings.push(whyNotADate(header.badDate) ?? `could not read the published date "${header.badDate.slice(0, 40)}"; expected YYYY-MM-DD or "September 8, 2025"`);
  const headings = findHeadings(lines, header.bodyLine);
  const segments: Segment[] = [];
  if (header.title) segments.push({ section: 'headline', start: header.titleStart, end: header.titleEnd });
  const firstBody = lines[header.bodyLine]?.start ?? text.length;
  const firstHeading = headings[0] ? lines[headings[0].line]!.start : text.length;
  if (firstHeading > firstBody && text.slice(firstBody, firstHeading).trim()) segments.push({ section: 'body', start: firstBody, end: firstHeading });
  const sections: Segment[] = [];
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    const end = next ? lines[next.line]!.start : text.length;
    if (h.contentStart < end) sections.push({ section: h.section, start: h.contentStart, end });
  });
  if (headings.length === 0) warnings.push('no report sections found; the whole text was read as one body');
  const blufSeg = sections.find((s) => s.section === 'bluf');
  const bluf = blufSeg ? text.slice(blufSeg.start, blufSeg.end).trim() || null : null;
  const keyEntities: ListItem[] = [];
  const tags: string[] = [];
  for (const s of sections) {
    if (s.section === 'key-individuals') {
      const items = listItems(text, lines, s.start, s.end);
      for (const item of items) {
        // "Key Individuals: A, B, C" on one line: one item per comma-separated name.
        const parts = items.length === 1 ? item.text.split(/[,;]/) : [item.text];
        let cursor = item.start;
        for (const part of parts) {
          const name = part.replace(/\*\*/g, '').trim();
          const at = text.indexOf(name, cursor);
          if (name && at >= 0) { keyEntities.push({ text: name, start: at, end: at + name.length }); cursor = at + name.length; }
        }
      }
    } else if (s.section === 'tags') {
      for (const item of listItems(text, lines, s.start, s.end)) {
        for (const tag of item.text.split(/[,;]|\s#/)) {
          const clean = tag.replace(/^#/, '').replace(/\*\*/g, '').trim().replace(/\.$/, '').toLowerCase();
          if (clean && clean.length <= 80 && !tags.includes(clean)) tags.push(clean);
        }
      }
    } else segments.push(s);
  }
  return {
    format: 'intel-report',
    title: header.title,
    source: header.source,
    publishedOn: header.publishedOn,
    confidence: parseConfidence(bluf ?? text.slice(0, 5000)),
    bluf,
    segments,
    keyEntities,
    tags,
    claims: extractRawClaims(text, lines, sections, bluf),
    warnings,
  };
}
