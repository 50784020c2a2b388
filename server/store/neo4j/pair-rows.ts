/**
 * Reading the per-pair totals (PAIR relationships, pair-aggregates.ts) as PairRows: around
 * whole entities (get-pair-aggregates), or for a known list of pairs (get-pairs-by-key: one
 * index seek per pair), choosing per node between the two when a list of pairs crowds on a
 * few hubs. Raw ids; callers resolve merges. `kinds` maps entity id → kind for the far ends.
 */
import type { PairRow } from './edge-rows.ts';
import { KEY_SEPARATOR, pairEnds, pairKey } from './pair-aggregates.ts';
import type { Tx } from './transactions.ts';

/** Below this many wanted pairs on one node, seeking each by key is always cheaper than reading all its PAIRs. */
const EXPAND_FROM_PAIRS = 64;

/** A PAIR's stored totals as the statements return them: [tieCount, coReports, bothReports, tieReports, polaritySum, tieFirst, tieLast, coFirst, coLast]. */
type StoredTotals = [number, number, number, number, number, string | null, string | null, string | null, string | null];

/** The PairRow fields derived from a PAIR's stored totals. */
function totalsOf([tieCount, coReports, bothReports, tieReports, polaritySum, tieFirst, tieLast, coFirst, coLast]: StoredTotals): Omit<PairRow, 'u' | 'v' | 'kind'> {
  return {
    tieCount, coReports, coOnly: coReports - bothReports, reportCount: coReports + tieReports - bothReports,
    polaritySum, tieFirst, tieLast, coFirst, coLast,
  };
}

/** Every PAIR row around each of `ids`, far ends limited to `others` when given. */
export async function readPairAggregates(tx: Tx, ids: string[], others: string[] | null): Promise<PairRow[]> {
  const rows = await tx.run<{ u: string; pairs: [string, string, ...StoredTotals][] }>('get-pair-aggregates', { ids, others });
  return rows.flatMap(({ u, pairs }) => pairs.map(([v, kind, ...stored]) => ({ u, v, kind, ...totalsOf(stored) })));
}

/** The PAIR rows of the given pairs, sought by key, one per end that is in `ends`. */
export async function readPairsByKey(tx: Tx, pairs: [string, string][], ends: Set<string>, kinds: Map<string, string>): Promise<PairRow[]> {
  const keys = [...new Set(pairs.map(([u, v]) => pairKey(u, v)))];
  if (keys.length === 0) return [];
  const [row] = await tx.run<{ pairs: [string, ...StoredTotals][] }>('get-pairs-by-key', { keys });
  return pairRowsOf(row?.pairs ?? [], ends, kinds);
}

/**
 * The PAIR rows from each of `roots` to each member of `within` (an induced subgraph), one
 * per end that is a root: the same seeks as readPairsByKey, asked for by naming the set.
 */
export async function readPairsAmong(tx: Tx, roots: string[], within: Set<string>, kinds: Map<string, string>): Promise<PairRow[]> {
  const rootSet = new Set(roots);
  // sorted as pairKey orders the two ids (UTF-16 code units, like `<`)
  const ids = [...new Set([...roots, ...within])].sort();
  if (ids.length < 2) return [];
  const [row] = await tx.run<{ pairs: [string, ...StoredTotals][] }>('get-pairs-among', {
    ids, isRoot: ids.map((id) => rootSet.has(id)), isWithin: ids.map((id) => within.has(id)), keySeparator: KEY_SEPARATOR,
  });
  return pairRowsOf(row?.pairs ?? [], rootSet, kinds);
}

/** PairRows from found [key, ...totals], one per end that is in `ends`. */
function pairRowsOf(found: [string, ...StoredTotals][], ends: Set<string>, kinds: Map<string, string>): PairRow[] {
  const out: PairRow[] = [];
  for (const [key, ...stored] of found) {
    const [a, b] = pairEnds(key);
    const totals = totalsOf(stored);
    if (ends.has(a)) out.push({ u: a, v: b, kind: kinds.get(b) ?? '', ...totals });
    if (ends.has(b)) out.push({ u: b, v: a, kind: kinds.get(a) ?? '', ...totals });
  }
  return out;
}

/**
 * PAIR rows of the given pairs (a path's steps), one per end that is in `ends`. A node in
 * many of them (paths between two hubs run through thousands of shared neighbours) has its
 * PAIRs read in one expansion; the rest are sought by key. `degree` gives a node's
 * neighbour count where known.
 */
export async function readStepPairs(
  tx: Tx, pairs: [string, string][], ends: Set<string>, kinds: Map<string, string>, degree: (id: string) => number | undefined,
): Promise<PairRow[]> {
  const uses = new Map<string, number>();
  for (const pair of pairs) for (const x of pair) uses.set(x, (uses.get(x) ?? 0) + 1);
  // Reading a node's PAIRs costs ~20 µs per pair it has, seeking ~20-40 µs per pair sought.
  const worthExpanding = (id: string, n: number) => n >= EXPAND_FROM_PAIRS && n * 2 >= (degree(id) ?? 0);
  const hubs = new Set([...uses].filter(([id, n]) => worthExpanding(id, n)).map(([id]) => id));
  const wanted = new Set(pairs.map(([u, v]) => pairKey(u, v)));
  const [sought, around] = await Promise.all([
    readPairsByKey(tx, pairs.filter(([u, v]) => !hubs.has(u) && !hubs.has(v)), ends, kinds),
    hubs.size > 0 ? readPairAggregates(tx, [...hubs], null) : Promise.resolve([]),
  ]);
  const out = [...sought];
  for (const row of around) {
    // a pair between two hubs comes once from each: keep the first
    if (!wanted.delete(pairKey(row.u, row.v))) continue;
    if (ends.has(row.u)) out.push(row);
    if (ends.has(row.v)) out.push({ ...row, u: row.v, v: row.u, kind: kinds.get(row.u) ?? '' });
  }
  return out;
}
