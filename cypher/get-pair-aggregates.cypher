// Unwindowed entity–entity evidence around each entity in $ids, from the PAIR totals kept
// at write time (server/store/neo4j/pair-aggregates.ts): one row per neighbour, far ends
// limited to $others (raw ids) when given. Raw ids; the caller resolves merges.
UNWIND $ids AS id
MATCH (u:Entity {id: id})-[p:PAIR]-(v:Entity)
WHERE $others IS NULL OR v.id IN $others
RETURN u.id AS u, v.id AS v, v.kind AS kind, p.tieCount AS tieCount, p.coReports AS coReports,
  p.coReports - p.bothReports AS coOnly, p.coReports + p.tieReports - p.bothReports AS reportCount,
  p.polaritySum AS polaritySum, toString(p.tieFirst) AS tieFirst, toString(p.tieLast) AS tieLast,
  toString(p.coFirst) AS coFirst, toString(p.coLast) AS coLast
