/**
 * A hand-written fast path for decomposedReportSchema: checks the same constraints and
 * builds the same output (a fresh object graph, keys in schema order, unknown keys
 * dropped) without zod's per-node machinery. It only ever answers "valid" for input
 * the schema accepts; anything it does not accept goes to zod, which gives the verdict
 * and the error message. Keep in step with decomposed-report.ts.
 */
import { CLAIM_KINDS, CONFIDENCE_LEVELS, ENTITY_KINDS, EVENT_KINDS, REPORT_FORMATS } from '../ontology/ontology.ts';
import type { DecomposedReport } from './decomposed-report.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CONFIDENCE: ReadonlySet<unknown> = new Set(CONFIDENCE_LEVELS);
const FORMATS: ReadonlySet<unknown> = new Set(REPORT_FORMATS);
const ENTITY_KIND_SET: ReadonlySet<unknown> = new Set(ENTITY_KINDS);
const EVENT_KIND_SET: ReadonlySet<unknown> = new Set(EVENT_KINDS);
const CLAIM_KIND_SET: ReadonlySet<unknown> = new Set(CLAIM_KINDS);
const DATE_PRECISIONS: ReadonlySet<unknown> = new Set(['day', 'month']);

/** Thrown inside the fast path to abandon it; never escapes. */
class Reject extends Error {}
const REJECT = new Reject();

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw REJECT;
  return v as Obj;
}
function arr(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw REJECT;
  return v;
}
/** Array.prototype.map without skipping holes (a hole is an undefined element to check). */
function each<T>(v: unknown, f: (x: unknown) => T): T[] {
  const a = arr(v);
  const out: T[] = [];
  for (let i = 0; i < a.length; i++) out.push(f(a[i]));
  return out;
}
function str(v: unknown): string {
  if (typeof v !== 'string') throw REJECT;
  return v;
}
function str1(v: unknown): string {
  if (typeof v !== 'string' || v.length < 1) throw REJECT;
  return v;
}
function strNull(v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== 'string') throw REJECT;
  return v;
}
function date(v: unknown): string {
  if (typeof v !== 'string' || !ISO_DATE.test(v)) throw REJECT;
  return v;
}
function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw REJECT;
  return v;
}
function num(v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw REJECT;
  return v;
}
/** A safe integer ≥ min (0 for nonnegative, 1 for positive). */
function int(v: unknown, min: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw REJECT;
  return v;
}
function oneOf<T>(set: ReadonlySet<unknown>, v: unknown): T {
  if (!set.has(v)) throw REJECT;
  return v as T;
}
function strings(v: unknown): string[] {
  const a = arr(v);
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) out.push(str(a[i]));
  return out;
}
function endpoints(v: unknown, ids: ReadonlySet<string>): string[] {
  const out = strings(v);
  for (const id of out) if (!ids.has(id)) throw REJECT;
  return out;
}
function endpoint(v: unknown, ids: ReadonlySet<string>): string {
  const id = str1(v);
  if (!ids.has(id)) throw REJECT;
  return id;
}

function build(input: unknown): DecomposedReport {
  const r = obj(input);
  const m = obj(r.report);
  const report: DecomposedReport['report'] = {
    id: str1(m.id), title: str(m.title), source: strNull(m.source), publishedOn: date(m.publishedOn),
    confidence: m.confidence === null ? null : oneOf(CONFIDENCE, m.confidence), format: oneOf(FORMATS, m.format),
    bluf: strNull(m.bluf), contentHash: str1(m.contentHash),
  };
  const ids = new Set<string>();
  const entities = each(r.entities, (x): DecomposedReport['entities'][number] => {
    const e = obj(x);
    const mentions = obj(e.mentions);
    const out = {
      id: str1(e.id), kind: oneOf<DecomposedReport['entities'][number]['kind']>(ENTITY_KIND_SET, e.kind), name: str1(e.name), aliases: strings(e.aliases),
      mentions: { count: int(mentions.count, 0), firstOffset: int(mentions.firstOffset, 0), sections: strings(mentions.sections) },
    };
    ids.add(out.id);
    return out;
  });
  const themes = each(r.themes, (x) => { const t = obj(x); return { id: str1(t.id), name: str1(t.name) }; });
  const events = each(r.events, (x): DecomposedReport['events'][number] => {
    const e = obj(x);
    const out: DecomposedReport['events'][number] = {
      id: str1(e.id), date: date(e.date), dateInferred: bool(e.dateInferred), kind: oneOf(EVENT_KIND_SET, e.kind), polarity: num(e.polarity, -10, 10),
      summary: str(e.summary), actors: endpoints(e.actors, ids), sentence: str(e.sentence), start: int(e.start, 0), end: int(e.end, 0),
    };
    if ('datePrecision' in e) out.datePrecision = e.datePrecision === undefined ? undefined : oneOf(DATE_PRECISIONS, e.datePrecision);
    if ('locations' in e) out.locations = e.locations === undefined ? undefined : endpoints(e.locations, ids);
    return out;
  });
  const ties = each(r.ties, (x): DecomposedReport['ties'][number] => {
    const t = obj(x);
    return {
      a: endpoint(t.a, ids), b: endpoint(t.b, ids), kind: oneOf(EVENT_KIND_SET, t.kind), polarity: num(t.polarity, -10, 10), date: date(t.date),
      confidence: num(t.confidence, 0, 1), sentence: str(t.sentence), start: int(t.start, 0), end: int(t.end, 0),
    };
  });
  const affiliations = each(r.affiliations, (x) => {
    const a = obj(x);
    return { person: endpoint(a.person, ids), org: endpoint(a.org, ids), role: strNull(a.role) };
  });
  const claims = each(r.claims, (x): DecomposedReport['claims'][number] => {
    const c = obj(x);
    return { id: str1(c.id), kind: oneOf(CLAIM_KIND_SET, c.kind), text: str(c.text), rank: int(c.rank, 1), supported: bool(c.supported), entities: endpoints(c.entities, ids) };
  });
  return { report, entities, themes, events, ties, affiliations, claims, warnings: strings(r.warnings) };
}

/** The parsed report when it certainly satisfies decomposedReportSchema; null means "ask zod". */
export function fastValidateReport(input: unknown): DecomposedReport | null {
  try {
    return build(input);
  } catch (e) {
    if (e === REJECT) return null;
    throw e;
  }
}
