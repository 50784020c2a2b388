// The distinct entity neighbours of each entity in $ids: named in a report in the window
// with it, tied to it by a sentence dated in the window, or affiliated (no window). Ids only
// (no aggregation), for path search: [neighbour id, kind] per neighbour.
UNWIND $ids AS id
MATCH (u:Entity {id: id})
CALL (u) {
  MATCH (u)<-[m:MENTIONS]-(:Report)-[:MENTIONS]->(v:Entity)
  WHERE v <> u AND ($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))
  RETURN DISTINCT v
  UNION
  MATCH (u)-[t:TIE]-(v:Entity)
  WHERE v <> u AND ($from IS NULL OR t.date >= date($from)) AND ($to IS NULL OR t.date <= date($to))
  RETURN v
  UNION
  MATCH (u)-[:AFFILIATED_WITH]-(v:Entity)
  WHERE v <> u
  RETURN v
}
RETURN u.id AS a, collect([v.id, v.kind]) AS neighbours
