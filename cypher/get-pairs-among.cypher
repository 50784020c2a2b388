// The PAIR totals among a set of entities (an induced subgraph): like get-pairs-by-key, one
// index seek per pair, but the request names the set, not every key. $ids is sorted as the
// keys are built (lower id first, pair-aggregates.ts), so ids[i] + separator + ids[j] for
// i < j is the key; a pair is wanted when one end is a root and the other is in the set
// ($isRoot / $isWithin, per id). Sending ~30 ids instead of ~500 keys keeps the request in
// one Bolt chunk: each further chunk is another socket write. Returns one row: [key,
// tieCount, coReports, bothReports, tieReports, polaritySum, tieFirst, tieLast, coFirst,
// coLast] per pair found.
// Roots × set, not all pairs of the set: a pair of two roots both in the set is taken
// from its lower root only.
UNWIND range(0, size($ids) - 1) AS i
WITH i WHERE $isRoot[i]
UNWIND range(0, size($ids) - 1) AS j
WITH i, j WHERE j <> i AND $isWithin[j] AND NOT ($isRoot[j] AND $isWithin[i] AND j < i)
WITH CASE WHEN i < j THEN $ids[i] + $keySeparator + $ids[j] ELSE $ids[j] + $keySeparator + $ids[i] END AS key
MATCH ()-[p:PAIR {key: key}]->()
RETURN collect([key, p.tieCount, p.coReports, p.bothReports, p.tieReports, p.polaritySum,
  toString(p.tieFirst), toString(p.tieLast), toString(p.coFirst), toString(p.coLast)]) AS pairs
