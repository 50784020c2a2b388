/**
 * The extraction pipeline over a parsed text: mentions → entities → affiliations,
 * events, ties, claims, themes, assembled into a DecomposedReport and validated.
 */
import { KgError } from '../errors.ts';
import { decomposedReportSchema, type DecomposedReport } from './decomposed-report.ts';
import { extractAffiliations } from './extract-affiliations.ts';
import { extractClaims } from './extract-claims.ts';
import { extractEvents } from './extract-events.ts';
import { extractTies } from './extract-ties.ts';
import { findMentions } from './find-mentions.ts';
import { reportId, sha256, themeId } from './ids.ts';
import type { ParsedReport, Segment } from './parsed-report.ts';
import { resolveEntities, type ResolvedEntity } from './resolve-entities.ts';
import { indexSentences } from './sentence-index.ts';
import { MAX_SENTENCE, splitSentences } from './sentences.ts';
import { fastValidateReport } from './validate-report.ts';

export interface AssembleOptions {
  readonly now: Date;
  readonly fileName?: string;
  /** Text the content hash is computed over (the input as given). */
  readonly original: string;
  readonly id?: string;
}

export function resolvePublishedOn(parsed: ParsedReport, now: Date, warnings: string[]): string {
  if (parsed.publishedOn) return parsed.publishedOn;
  const today = now.toISOString().slice(0, 10);
  warnings.push(`no published date found; using the ingest date ${today}`);
  return today;
}

const UNTITLED = 'Untitled report';
/** A title taken from the text is cut at the last word boundary before this many characters. */
const TITLE_CHARS = 80;

/**
 * A report's title, never blank: its own; else how its text opens (the first sentence,
 * cut near 80 characters at a word), which is how a reader tells untitled reports apart
 * and keeps their ids apart; else its file name; else "Untitled report". The warning
 * says which was used.
 */
export function chooseTitle(own: string, text: string, segments: readonly Segment[], fileName: string | undefined, warnings: string[]): string {
  const title = own.trim();
  if (title) return title;
  const opening = openingOf(text, segments);
  if (opening) {
    warnings.push(`no title found; the report is titled after the start of its text: "${opening}"`);
    return opening;
  }
  if (fileName) {
    warnings.push(`no title found and no text to take one from; the report is titled after its file name, "${fileName}"`);
    return fileName;
  }
  warnings.push(`no title found and no text to take one from; the report is titled "${UNTITLED}"`);
  return UNTITLED;
}

/** The first sentence with a letter or digit in it, outside the headline, shortened for a title. */
function openingOf(text: string, segments: readonly Segment[]): string | null {
  for (const segment of segments) {
    if (segment.section === 'headline') continue;
    // Only the opening is needed: bound the scan, however long the segment.
    const end = Math.min(segment.end, segment.start + 4 * MAX_SENTENCE);
    for (const span of splitSentences(text, segment.start, end)) {
      const sentence = text.slice(span.start, span.end).replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(sentence)) return shortenForTitle(sentence);
    }
  }
  return null;
}

function shortenForTitle(sentence: string): string {
  if (sentence.length <= TITLE_CHARS) return sentence.replace(/(?<!\.)\.$/, '');
  const space = sentence.lastIndexOf(' ', TITLE_CHARS);
  const cut = space > TITLE_CHARS / 2 ? space : TITLE_CHARS;
  return `${sentence.slice(0, cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

export function entityOutput(entities: Iterable<ResolvedEntity>): DecomposedReport['entities'] {
  return [...entities]
    .sort((a, b) => a.firstOffset - b.firstOffset || a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id, kind: e.kind, name: e.name,
      aliases: [...e.aliases].filter((a) => a !== e.name),
      mentions: { count: e.count, firstOffset: e.firstOffset, sections: [...e.sections] },
    }));
}

export function validateReport(report: DecomposedReport): DecomposedReport {
  const fast = fastValidateReport(report);
  if (fast) return fast;
  const result = decomposedReportSchema.safeParse(report);
  if (!result.success) {
    throw new KgError('BAD_INPUT', `the report could not be decomposed into a valid graph: ${result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

export function assembleReport(text: string, parsed: ParsedReport, options: AssembleOptions): DecomposedReport {
  const warnings = [...parsed.warnings];
  const publishedOn = resolvePublishedOn(parsed, options.now, warnings);
  const title = chooseTitle(parsed.title, text, parsed.segments, options.fileName, warnings);
  const id = options.id ?? reportId(parsed.source, title, publishedOn);
  const { mentions, tokens } = findMentions(text, parsed);
  const { entities, mentions: resolved } = resolveEntities(mentions);
  const sentences = indexSentences(text, parsed, resolved, tokens, publishedOn);
  const affiliations = extractAffiliations(text, sentences, entities);
  const events = extractEvents(text, sentences, publishedOn);
  const ties = extractTies(text, sentences, entities, affiliations, publishedOn);
  const claims = extractClaims(id, parsed.claims, resolved);
  const report: DecomposedReport = {
    report: {
      id, title, source: parsed.source, publishedOn, confidence: parsed.confidence, format: parsed.format,
      bluf: parsed.bluf, contentHash: sha256(options.original),
    },
    entities: entityOutput(entities.values()),
    themes: parsed.tags.map((t) => ({ id: themeId(t), name: t })).filter((t, i, all) => all.findIndex((x) => x.id === t.id) === i),
    events,
    ties,
    affiliations,
    claims,
    warnings,
  };
  return validateReport(report);
}
