/**
 * Structured JSON input (ReportInput). With an entity list, the JSON is taken as given:
 * names in events, ties, claims and affiliations resolve against it (by name or alias,
 * normalized), and unknown names are dropped with a warning so no edge dangles. Without
 * one, title, bluf and text run through the text extractors.
 */
import type { EntityKind } from '../ontology/ontology.ts';
import { KgError } from '../errors.ts';
import { assembleReport, entityOutput, NOTHING_TO_GRAPH, resolvePublishedOn, validateReport } from './assemble-report.ts';
import { chooseTitle } from './choose-title.ts';
import { parseDateString, whyNotADate } from './dates.ts';
import type { DecomposedReport } from './decomposed-report.ts';
import { COUNTRIES } from './gazetteer/countries.ts';
import { claimId, entityId, eventId, reportId, sha256, themeId } from './ids.ts';
import { normalizeName } from './normalize-name.ts';
import type { ParsedReport, Segment } from './parsed-report.ts';
import { reportInputSchema, type ParsedReportInput } from './report-input.ts';
import type { ResolvedEntity } from './resolve-entities.ts';

const COUNTRY_BY_KEY = new Map<string, string>();
for (const c of COUNTRIES) for (const n of [c.name, ...c.aliases]) COUNTRY_BY_KEY.set(normalizeName(n), c.iso3);

export function parseReportInput(value: unknown, fileName?: string): ParsedReportInput {
  const result = reportInputSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new KgError('BAD_INPUT', `JSON report${fileName ? ` (${fileName})` : ''} does not match ReportInput: ${issues}`);
  }
  return result.data;
}

function toParsed(input: ParsedReportInput, warnings: string[]): { text: string; parsed: ParsedReport } {
  const parts: { section: Segment['section']; text: string }[] = [{ section: 'headline', text: input.title }];
  if (input.bluf) parts.push({ section: 'bluf', text: input.bluf });
  if (input.text) parts.push({ section: 'body', text: input.text });
  let text = '';
  const segments: Segment[] = [];
  for (const p of parts) {
    if (text) text += '\n\n';
    segments.push({ section: p.section, start: text.length, end: text.length + p.text.length });
    text += p.text;
  }
  // reportInputSchema refused a publishedOn that is not a date; blank means "no date".
  const publishedOn = input.publishedOn?.trim() ? parseDateString(input.publishedOn) : null;
  return {
    text,
    parsed: {
      format: 'json', title: input.title, source: input.source ?? null, publishedOn, confidence: input.confidence ?? null,
      bluf: input.bluf ?? null, segments, keyEntities: [], tags: (input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean),
      claims: [], warnings,
    },
  };
}

export function decomposeJson(input: ParsedReportInput, original: string, now: Date, fileName?: string): DecomposedReport {
  const warnings: string[] = [];
  const { text, parsed } = toParsed(input, warnings);
  if (!input.entities) {
    const report = assembleReport(text, parsed, { now, original, ...(fileName ? { fileName } : {}), ...(input.id ? { id: input.id } : {}) });
    return report;
  }
  const publishedOn = resolvePublishedOn(parsed, now, warnings);
  const title = chooseTitle(input.title, text, parsed.segments, fileName, warnings);
  const id = input.id ?? reportId(parsed.source, input.title.trim() || title, publishedOn);
  const entities = new Map<string, ResolvedEntity>();
  const byName = new Map<string, string>();
  for (const e of input.entities) {
    const kind = e.kind as EntityKind;
    const iso = kind === 'Country' ? COUNTRY_BY_KEY.get(normalizeName(e.name)) : undefined;
    const eid = kind === 'Country' && iso ? entityId('Country', iso) : entityId(kind, e.name);
    const existing = entities.get(eid);
    const entity = existing ?? { id: eid, kind, name: e.name, aliases: new Set<string>(), count: 1, firstOffset: 0, sections: new Set(['body' as const]), country: iso, category: undefined, key: normalizeName(e.name), keyListRank: null };
    for (const a of e.aliases ?? []) if (a !== entity.name) entity.aliases.add(a);
    entities.set(eid, entity);
    for (const n of [e.name, ...(e.aliases ?? [])]) byName.set(normalizeName(n), eid);
  }
  const lookup = (name: string, where: string): string | null => {
    const found = byName.get(normalizeName(name));
    if (!found) warnings.push(`${where}: "${name.slice(0, 60)}" is not in the entity list; dropped`);
    return found ?? null;
  };
  const dateOf = (d: string | undefined, where: string): string => {
    const parsedDate = d ? parseDateString(d) ?? (/^\d{4}-\d{2}$/.test(d) ? `${d}-01` : null) : null;
    if (d && !parsedDate) warnings.push(`${where}: ${whyNotADate(d) ?? `unreadable date "${d.slice(0, 40)}"`}; the report date is used`);
    return parsedDate ?? publishedOn;
  };
  if (entities.size === 0) warnings.push(NOTHING_TO_GRAPH);
  const affiliations: DecomposedReport['affiliations'] = [];
  for (const e of input.entities) {
    if (!e.affiliation) continue;
    const person = byName.get(normalizeName(e.name));
    const org = lookup(e.affiliation, `affiliation of ${e.name}`);
    if (person && org && person.startsWith('person:') && !org.startsWith('person:') && !org.startsWith('location:')) affiliations.push({ person, org, role: e.role ?? null });
  }
  const events: DecomposedReport['events'] = [];
  (input.events ?? []).forEach((ev, i) => {
    const actors = [...new Set(ev.actors.map((a) => lookup(a, `events[${i}]`)).filter((a): a is string => a !== null))].sort();
    if (actors.length === 0) return;
    const date = dateOf(ev.date, `events[${i}]`);
    const eid = eventId(date, ev.kind, actors);
    if (events.some((x) => x.id === eid)) return;
    events.push({ id: eid, date, dateInferred: !ev.date, kind: ev.kind, polarity: ev.polarity ?? 0, summary: ev.summary, actors, sentence: ev.sentence ?? ev.summary, start: 0, end: 0 });
  });
  const ties: DecomposedReport['ties'] = [];
  (input.ties ?? []).forEach((t, i) => {
    const a = lookup(t.a, `ties[${i}]`);
    const b = lookup(t.b, `ties[${i}]`);
    if (!a || !b || a === b) return;
    const kind = t.kind ?? (t.polarity > 0 ? 'cooperation' : t.polarity < 0 ? 'conflict' : 'other');
    ties.push({ a: a < b ? a : b, b: a < b ? b : a, kind, polarity: t.polarity, date: dateOf(t.date, `ties[${i}]`), confidence: t.confidence ?? 1, sentence: t.sentence ?? '', start: 0, end: 0 });
  });
  const ranks: Record<string, number> = {};
  const claims: DecomposedReport['claims'] = (input.claims ?? []).map((c, i) => {
    const rank = c.rank ?? (ranks[c.kind] = (ranks[c.kind] ?? 0) + 1);
    const ids = [...new Set((c.entities ?? []).map((n) => lookup(n, `claims[${i}]`)).filter((x): x is string => x !== null))];
    return { id: claimId(id, c.kind, rank), kind: c.kind, text: c.text, rank, supported: c.supported ?? false, entities: ids };
  });
  return validateReport({
    report: { id, title, source: parsed.source, publishedOn, confidence: parsed.confidence, format: 'json', bluf: parsed.bluf, contentHash: sha256(original) },
    entities: entityOutput(entities.values()),
    themes: parsed.tags.map((t) => ({ id: themeId(t), name: t })).filter((t, i, all) => all.findIndex((x) => x.id === t.id) === i),
    events, ties, affiliations, claims, warnings,
  });
}
