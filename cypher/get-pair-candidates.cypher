// For neighbourhood expansion with no time window: around each entity in $ids, its PAIR
// neighbours (pair-aggregates.ts) not in $exclude, of $kinds (null: any), weighing at least
// $minWeight, strongest first, cut after the $top-th strongest (every neighbour as strong
// as that one stays, so the caller's tie-break by edge id decides). Members of merge
// groups ($merged) always come back: the caller recomputes those pairs exactly.
//
// A hub has thousands of PAIRs: with no kind filter a first pass reads only their weights
// and keeps the weight of the (top + excluded + merged)-th strongest as a floor. At most
// that many of the strongest can be excluded, so the top-th neighbour that qualifies is at
// least as strong as the floor, and the ranking pass visits far ends above it only.
UNWIND $ids AS id
MATCH (u:Entity {id: id})
CALL (u) {
  MATCH (u)-[p:PAIR]-()
  WHERE $kinds IS NULL
  WITH p.weight AS w ORDER BY w DESC LIMIT toInteger($top) + size($exclude) + size($merged)
  WITH collect(w) AS strongest
  RETURN CASE WHEN size(strongest) = toInteger($top) + size($exclude) + size($merged) THEN strongest[-1] END AS floor
}
CALL (u, floor) {
  MATCH (u)-[p:PAIR]-(v:Entity)
  WHERE p.weight >= coalesce(floor, $minWeight) AND p.weight >= $minWeight AND NOT v.id IN $exclude AND NOT v.id IN $merged
    AND ($kinds IS NULL OR v.kind IN $kinds)
  WITH p, v ORDER BY p.weight DESC
  WITH collect([p, v]) AS ranked
  WITH ranked, CASE WHEN size(ranked) > toInteger($top) THEN ranked[toInteger($top) - 1][0].weight END AS threshold
  UNWIND ranked AS pv
  WITH pv[0] AS p, pv[1] AS v, threshold
  WHERE threshold IS NULL OR p.weight >= threshold
  RETURN p, v
  UNION ALL
  MATCH (u)-[p:PAIR]-(v:Entity)
  WHERE v.id IN $merged
  RETURN p, v
}
RETURN u.id AS u, v.id AS v, v.kind AS kind, p.tieCount AS tieCount, p.coReports AS coReports,
  p.coReports - p.bothReports AS coOnly, p.coReports + p.tieReports - p.bothReports AS reportCount,
  p.polaritySum AS polaritySum, toString(p.tieFirst) AS tieFirst, toString(p.tieLast) AS tieLast,
  toString(p.coFirst) AS coFirst, toString(p.coLast) AS coLast
