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
import { chooseTitle } from './choose-title.ts';
import type { ParsedReport } from './parsed-report.ts';
import { resolveEntities, type ResolvedEntity } from './resolve-entities.ts';
import { indexSentences } from './sentence-index.ts';
import { fastValidateReport } from './validate-report.ts';

export interface AssembleOptions {
  readonly now: Date;
  readonly fileName?: string;
  /** Text the content hash is computed over (the input as given). */
  readonly original: string;
  readonly id?: string;
}

/** Said of a report in which no actor or place was found: it is stored, but draws nothing. */
export const NOTHING_TO_GRAPH = 'no people, organizations, countries or places found: the report adds nothing to the graph';

export function resolvePublishedOn(parsed: ParsedReport, now: Date, warnings: string[]): string {
  if (parsed.publishedOn) return parsed.publishedOn;
  const today = now.toISOString().slice(0, 10);
  warnings.push(`no published date found; using the ingest date ${today}`);
  return today;
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
  // from the title as written: one cut for display would let reports opening alike share an id
  const id = options.id ?? reportId(parsed.source, parsed.title.trim() || title, publishedOn);
  const { mentions, tokens } = findMentions(text, parsed);
  const { entities, mentions: resolved } = resolveEntities(mentions);
  if (entities.size === 0) warnings.push(NOTHING_TO_GRAPH);
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
