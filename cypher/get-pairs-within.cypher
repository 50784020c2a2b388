// The PAIR totals among a small set of entities (an induced subgraph, no window): each
// member's outgoing PAIRs (each pair is stored once, lower id first) whose far end is in
// the set. $within is a map id → true: a map look-up per relationship is several times
// cheaper here than an IN over a list, an index seek per candidate pair, or Expand(Into).
// One row per member (Bolt's cost is per record): [far id, far kind, tieCount, coReports,
// bothReports, tieReports, polaritySum, tieFirst, tieLast, coFirst, coLast] per pair.
UNWIND $ids AS id
MATCH (u:Entity {id: id})-[p:PAIR]->(v)
WHERE $within[v.id]
RETURN u.id AS u, u.kind AS kind, collect([v.id, v.kind, p.tieCount, p.coReports, p.bothReports, p.tieReports, p.polaritySum,
  toString(p.tieFirst), toString(p.tieLast), toString(p.coFirst), toString(p.coLast)]) AS pairs
