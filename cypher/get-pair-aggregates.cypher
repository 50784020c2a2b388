// Unwindowed entity–entity evidence around each entity in $ids, from the PAIR totals kept
// at write time (server/store/neo4j/pair-aggregates.ts), far ends limited to $others (raw
// ids) when given. One row per entity (Bolt's cost is per record; a hub has thousands of
// pairs): [far id, far kind, tieCount, coReports, bothReports, tieReports, polaritySum,
// tieFirst, tieLast, coFirst, coLast] per pair. Raw ids; the caller resolves merges.
UNWIND $ids AS id
MATCH (u:Entity {id: id})-[p:PAIR]-(v:Entity)
WHERE $others IS NULL OR v.id IN $others
RETURN u.id AS u, collect([v.id, v.kind, p.tieCount, p.coReports, p.bothReports, p.tieReports, p.polaritySum,
  toString(p.tieFirst), toString(p.tieLast), toString(p.coFirst), toString(p.coLast)]) AS pairs
