/**
 * Scoring a DecomposedReport against a gold annotation (test/corpus/GOLD_FORMAT.md). Pure.
 *
 * - Entities: a predicted entity matches a gold one when their name-and-alias sets
 *   intersect after normalization (case, diacritics, quotes, whitespace), one to one
 *   (greedy, in gold order, preferring a predicted entity whose name equals the gold name).
 * - Kind accuracy: among matched pairs, predicted kind == gold type.
 * - Events: a gold event is found when a predicted event has its date (a gold YYYY-MM
 *   matches any day of that month) and shares at least one actor (via the entity matching).
 * - Ties: unordered pairs over matched entities. Polarity agreement per found gold pair:
 *   cooperative ↔ mean predicted polarity > 0, hostile ↔ < 0, mixed ↔ the evidence holds
 *   both signs or its mean lies within ±1.5.
 */
import type { DecomposedReport } from '../../server/ingest/decomposed-report.ts';

export interface GoldEntity { name: string; type: string; aliases: string[]; affiliation: string | null }
export interface GoldEvent { date: string; summary: string; actors: string[]; kind: string }
export interface GoldTie { a: string; b: string; polarity: 'cooperative' | 'hostile' | 'mixed' }
export interface Gold {
  report: string; format: string; title: string; source: string | null; publishedOn: string | null;
  confidence: string | null; entities: GoldEntity[]; themes: string[]; events: GoldEvent[]; ties: GoldTie[];
}

export interface ReportScore {
  file: string; format: string;
  entityTp: number; entityPredicted: number; entityGold: number;
  kindCorrect: number;
  dateCorrect: boolean | null;
  keyIndividualsMissing: string[];
  eventsFound: number; eventsGold: number;
  tieTp: number; tiePredicted: number; tieGold: number; polarityAgree: number;
  falsePositives: string[]; falseNegatives: string[]; missedEvents: string[]; missedTies: string[]; extraTies: string[];
}

export function normalizeForMatch(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/ı/g, 'i').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Gold entity name → predicted entity id, one to one. */
export function matchEntities(predicted: DecomposedReport['entities'], gold: readonly GoldEntity[]): Map<string, string> {
  const names = predicted.map((p) => new Set([p.name, ...p.aliases].map(normalizeForMatch)));
  const used = new Set<number>();
  const out = new Map<string, string>();
  for (const g of gold) {
    const goldNames = [g.name, ...g.aliases].map(normalizeForMatch);
    let pick = -1;
    predicted.forEach((p, i) => {
      if (used.has(i) || pick >= 0 && normalizeForMatch(predicted[pick]!.name) === normalizeForMatch(g.name)) return;
      if (goldNames.some((n) => names[i]!.has(n))) {
        if (pick < 0 || normalizeForMatch(p.name) === normalizeForMatch(g.name)) pick = i;
      }
    });
    if (pick >= 0) { used.add(pick); out.set(g.name, predicted[pick]!.id); }
  }
  return out;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function scoreReport(file: string, report: DecomposedReport, gold: Gold, keyIndividuals: readonly string[] = []): ReportScore {
  const match = matchEntities(report.entities, gold.entities);
  const idToGold = new Map([...match].map(([g, id]) => [id, g]));
  const byId = new Map(report.entities.map((e) => [e.id, e]));
  let kindCorrect = 0;
  for (const g of gold.entities) {
    const id = match.get(g.name);
    if (id && byId.get(id)?.kind === g.type) kindCorrect++;
  }
  const keyIndividualsMissing = keyIndividuals.filter((k) => {
    const n = normalizeForMatch(k);
    return !report.entities.some((e) => [e.name, ...e.aliases].some((x) => normalizeForMatch(x) === n));
  });
  const missedEvents: string[] = [];
  let eventsFound = 0;
  for (const ge of gold.events) {
    const actorIds = new Set(ge.actors.map((a) => match.get(a)).filter((x): x is string => !!x));
    const found = report.events.some((pe) => (ge.date.length === 7 ? pe.date.startsWith(ge.date) : pe.date === ge.date) && pe.actors.some((a) => actorIds.has(a)));
    if (found) eventsFound++; else missedEvents.push(`${ge.date} ${ge.actors.join(',')}: ${ge.summary}`);
  }
  // Predicted tie pairs, in gold names where matched.
  const evidence = new Map<string, number[]>();
  for (const t of report.ties) {
    const a = idToGold.get(t.a) ?? t.a;
    const b = idToGold.get(t.b) ?? t.b;
    const k = pairKey(a, b);
    evidence.set(k, [...(evidence.get(k) ?? []), t.polarity]);
  }
  let tieTp = 0;
  let polarityAgree = 0;
  const missedTies: string[] = [];
  const goldPairs = new Set<string>();
  for (const gt of gold.ties) {
    const k = pairKey(gt.a, gt.b);
    goldPairs.add(k);
    const ev = evidence.get(k);
    if (!ev) { missedTies.push(`${k} (${gt.polarity})`); continue; }
    tieTp++;
    const mean = ev.reduce((s, x) => s + x, 0) / ev.length;
    const agree = gt.polarity === 'cooperative' ? mean > 0 : gt.polarity === 'hostile' ? mean < 0
      : (ev.some((x) => x > 0) && ev.some((x) => x < 0)) || Math.abs(mean) <= 1.5;
    if (agree) polarityAgree++; else missedTies.push(`${k} polarity ${gt.polarity} got ${mean.toFixed(1)}`);
  }
  const extraTies = [...evidence.keys()].filter((k) => !goldPairs.has(k));
  const publishedOn = gold.publishedOn;
  return {
    file, format: gold.format,
    entityTp: match.size, entityPredicted: report.entities.length, entityGold: gold.entities.length, kindCorrect,
    dateCorrect: publishedOn ? report.report.publishedOn === publishedOn : null,
    keyIndividualsMissing,
    eventsFound, eventsGold: gold.events.length,
    tieTp, tiePredicted: evidence.size, tieGold: gold.ties.length, polarityAgree,
    falsePositives: report.entities.filter((e) => !idToGold.has(e.id)).map((e) => `${e.kind}:${e.name}`),
    falseNegatives: gold.entities.filter((g) => !match.has(g.name)).map((g) => `${g.type}:${g.name}`),
    missedEvents, missedTies, extraTies,
  };
}

export interface Totals {
  reports: number; entityPrecision: number; entityRecall: number; entityF1: number; kindAccuracy: number;
  dateAccuracy: number; keyIndividualsMissing: number; eventRecall: number;
  tiePrecision: number; tieRecall: number; polarityAgreement: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function totals(scores: readonly ReportScore[]): Totals {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const p = ratio(sum((s) => s.entityTp), sum((s) => s.entityPredicted));
  const r = ratio(sum((s) => s.entityTp), sum((s) => s.entityGold));
  const dated = scores.filter((s) => s.dateCorrect !== null);
  return {
    reports: scores.length,
    entityPrecision: p, entityRecall: r, entityF1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    kindAccuracy: ratio(sum((s) => s.kindCorrect), sum((s) => s.entityTp)),
    dateAccuracy: ratio(dated.filter((s) => s.dateCorrect).length, dated.length),
    keyIndividualsMissing: sum((s) => s.keyIndividualsMissing.length),
    eventRecall: ratio(sum((s) => s.eventsFound), sum((s) => s.eventsGold)),
    tiePrecision: ratio(sum((s) => s.tieTp), sum((s) => s.tiePredicted)),
    tieRecall: ratio(sum((s) => s.tieTp), sum((s) => s.tieGold)),
    polarityAgreement: ratio(sum((s) => s.polarityAgree), sum((s) => s.tieTp)),
  };
}

/** Names listed under "Key Individuals" in a report's text (read independently of the parser). */
export function listedKeyIndividuals(text: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^\s*(?:\d+\.\s*)?Key Individuals/i.test(l));
  if (at < 0) return [];
  const out: string[] = [];
  const inline = /:\s*(.+)$/.exec(lines[at]!);
  if (inline) out.push(...inline[1]!.split(/[,;]/));
  for (const l of lines.slice(at + 1)) {
    if (/^\s*(?:\d+\.\s*)?(?:Thematic Tags|Tags)\b/i.test(l)) break;
    const m = /^\s*[-–•*]\s*(.+)$/.exec(l);
    if (m) out.push(m[1]!);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
