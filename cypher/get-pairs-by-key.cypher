// The PAIR totals of the given pairs (pair-aggregates.ts), each found by its key through
// the pair_key_unique index: for the edges among a few entities (an induced subgraph, a
// path's steps), where one index seek per pair costs less than expanding every member's
// PAIRs (the busiest actors have thousands). Pairs never named together are simply absent.
// One row (Bolt's cost is per record): [key, tieCount, coReports, bothReports, tieReports,
// polaritySum, tieFirst, tieLast, coFirst, coLast]; the caller knows the ends of its keys
// (property reads are most of this statement's cost).
UNWIND $keys AS key
MATCH ()-[p:PAIR {key: key}]->()
RETURN collect([key, p.tieCount, p.coReports, p.bothReports, p.tieReports, p.polaritySum,
  toString(p.tieFirst), toString(p.tieLast), toString(p.coFirst), toString(p.coLast)]) AS pairs
