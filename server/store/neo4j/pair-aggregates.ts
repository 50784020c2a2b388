/**
 * Per-pair co-mention and tie totals, kept on one PAIR relationship per two entities named
 * together (raw ids, lower id first), so an unwindowed neighbourhood reads one relationship
 * per neighbour instead of walking every report that mentions a hub. Why write-time: the
 * busiest actor is named in almost every report; walking its reports at query time cost
 * about a second on 1k reports. Windowed reads still aggregate the evidence itself
 * (aggregate-entity-pairs), which is exact to the day.
 *
 * Kept exact: an ingest adds each report's contribution (add-pair-aggregates); a
 * retraction subtracts it (subtract-pair-aggregates), and the few pairs whose first or
 * last date came from the retracted report are recomputed from the remaining evidence
 * (get-pair-evidence sums it inside Neo4j → set-pair-aggregates). Merges never touch PAIR: reads resolve ids.
 */
import type { DecomposedReport } from '../../ingest/decomposed-report.ts';
import { CO_MENTION_WEIGHT, edgeWeight } from '../shared/edge-weight.ts';
import type { Tx } from './transactions.ts';

/** Between the two ids of a PAIR key (the statements build keys with it too). */
export const KEY_SEPARATOR = '\u001f';

/** The PAIR relationship's key (pair_key_unique constraint): both raw ids, lower first. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}${KEY_SEPARATOR}${y}` : `${y}${KEY_SEPARATOR}${x}`;
}

/** The two ids of a PAIR key, lower first (entity ids never hold the separator). */
export function pairEnds(key: string): [string, string] {
  const at = key.indexOf(KEY_SEPARATOR);
  return [key.slice(0, at), key.slice(at + 1)];
}

/** A row of add/subtract-pair-aggregates: an array, since a batch sends ~15k of them. */
function packed(t: PairTotals): unknown[] {
  return [t.a, t.b, t.coReports, t.tieReports, t.bothReports, t.tieCount, t.polaritySum, t.weight, t.coFirst, t.coLast, t.tieFirst, t.tieLast];
}

/** What one report says about one pair. */
export interface PairContribution {
  a: string;
  b: string;
  /** 1 when the report names both ends, else 0 */
  co: number;
  /** the report's date: the date of its co-mention */
  date: string;
  /** TIE sentences between the two in this report */
  ties: number;
  polaritySum: number;
  tieFirst: string | null;
  tieLast: string | null;
}

export interface ReportEvidence {
  reportId: string;
  date: string;
  entityIds: string[];
  ties: { a: string; b: string; date: string; polarity: number }[];
}

/** Per unordered pair of ids, one value, made (lower id first) on first use. */
export function unorderedPairs<T>(make: (a: string, b: string) => T): { slot: (x: string, y: string) => T; values: () => T[] } {
  const byPair = new Map<string, T>();
  const slot = (x: string, y: string): T => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    let value = byPair.get(key);
    if (value === undefined) byPair.set(key, (value = make(a, b)));
    return value;
  };
  return { slot, values: () => [...byPair.values()] };
}

/** Every pair one report speaks of: the entities it names pairwise, and its tie ends. */
export function pairContributions(r: ReportEvidence): PairContribution[] {
  const byPair = unorderedPairs((a, b): PairContribution => ({ a, b, co: 0, date: r.date, ties: 0, polaritySum: 0, tieFirst: null, tieLast: null }));
  const slot = byPair.slot;
  const ids = [...new Set(r.entityIds)].sort();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) slot(ids[i]!, ids[j]!).co = 1;
  }
  for (const t of r.ties) {
    if (t.a === t.b) continue;
    const c = slot(t.a, t.b);
    c.ties++;
    c.polaritySum += t.polarity;
    if (c.tieFirst === null || t.date < c.tieFirst) c.tieFirst = t.date;
    if (c.tieLast === null || t.date > c.tieLast) c.tieLast = t.date;
  }
  return byPair.values();
}

export function reportEvidenceOf(r: DecomposedReport): ReportEvidence {
  const known = new Set(r.entities.map((e) => e.id));
  return {
    reportId: r.report.id,
    date: r.report.publishedOn,
    entityIds: [...known],
    // a tie whose end is not an entity of the report is never stored (create-ties MATCHes both ends)
    ties: r.ties.filter((t) => known.has(t.a) && known.has(t.b)),
  };
}

/**
 * The reports' contributions summed per pair (one row per pair and batch: fewer rows, and
 * no two rows of a statement touch the same relationship), sorted by pair so concurrent
 * ingests lock shared relationships in the same order.
 */
export function batchTotals(reports: ReportEvidence[]): PairTotals[] {
  const byKey = new Map<string, PairContribution[]>();
  for (const c of reports.flatMap(pairContributions)) {
    const key = pairKey(c.a, c.b);
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  return [...byKey.values()].map((list) => totalsOf(list[0]!.a, list[0]!.b, list)).sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b));
}

export async function addPairAggregates(tx: Tx, reports: ReportEvidence[]): Promise<void> {
  const pairs = batchTotals(reports);
  if (pairs.length > 0) await tx.run('add-pair-aggregates', { pairs: pairs.map(packed), coMentionWeight: CO_MENTION_WEIGHT, keySeparator: KEY_SEPARATOR });
}

/**
 * Take retracted reports' contributions off; call before their evidence is deleted, then
 * `repairPairAggregates` with the result once it is.
 */
export async function subtractPairAggregates(tx: Tx, reports: ReportEvidence[]): Promise<[string, string][]> {
  const pairs = batchTotals(reports);
  if (pairs.length === 0) return [];
  const stale = await tx.run<{ a: string; b: string }>('subtract-pair-aggregates', {
    pairs: pairs.map(packed), coMentionWeight: CO_MENTION_WEIGHT, keySeparator: KEY_SEPARATOR,
  });
  return stale.map((s) => [s.a, s.b]);
}

/** Recompute, from the evidence left, pairs whose first or last date may have gone. */
export async function repairPairAggregates(tx: Tx, pairs: [string, string][]): Promise<void> {
  if (pairs.length === 0) return;
  const rows = await tx.run<Omit<PairTotals, 'key' | 'weight'>>('get-pair-evidence', { pairs: pairs.map(([a, b]) => ({ a, b })) });
  const totals = rows.map((t) => ({ ...t, key: pairKey(t.a, t.b), weight: edgeWeight(t.tieCount, t.coReports - t.bothReports) }));
  await tx.run('set-pair-aggregates', { pairs: totals });
}

export type PairTotals = ReturnType<typeof totalsOf>;

/** The stored PAIR properties for the contributions of some reports about one pair. */
export function totalsOf(a: string, b: string, list: PairContribution[]) {
  const t = {
    a, b, key: pairKey(a, b), weight: 0, coReports: 0, tieReports: 0, bothReports: 0, tieCount: 0, polaritySum: 0,
    coFirst: null as string | null, coLast: null as string | null, tieFirst: null as string | null, tieLast: null as string | null,
  };
  for (const c of list) {
    t.coReports += c.co;
    t.tieReports += c.ties > 0 ? 1 : 0;
    t.bothReports += c.co === 1 && c.ties > 0 ? 1 : 0;
    t.tieCount += c.ties;
    t.polaritySum += c.polaritySum;
    if (c.co === 1) {
      if (t.coFirst === null || c.date < t.coFirst) t.coFirst = c.date;
      if (t.coLast === null || c.date > t.coLast) t.coLast = c.date;
    }
    if (c.tieFirst !== null && (t.tieFirst === null || c.tieFirst < t.tieFirst)) t.tieFirst = c.tieFirst;
    if (c.tieLast !== null && (t.tieLast === null || c.tieLast > t.tieLast)) t.tieLast = c.tieLast;
  }
  t.weight = edgeWeight(t.tieCount, t.coReports - t.bothReports);
  return t;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Build the per-pair totals of a database written before they existed (store-version.ts):
 * drop any partial PAIRs and rebuild them from each report's evidence, a page of reports
 * per transaction.
 */
export async function rebuildPairAggregates(
  write: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  log: (m: string) => void,
  reports: number,
): Promise<void> {
  log(`neo4j: building per-pair totals for ${reports} reports (one-time upgrade)`);
  while ((await write((tx) => tx.run<{ deleted: number }>('delete-pair-aggregates-batch', { limit: 50_000 })))[0]!.deleted > 0);
  let after: string | null = null;
  for (;;) {
    const page: string[] = await write(async (tx) => {
      const ids = (await tx.run<{ id: string }>('list-report-ids', { after, limit: 500 })).map((r) => r.id);
      if (ids.length > 0) await addPairAggregates(tx, await tx.run<ReportEvidence>('get-report-pair-evidence', { ids }));
      return ids;
    });
    if (page.length === 0) break;
    after = page[page.length - 1]!;
  }
}
