// The distinct entity neighbours of each entity in $ids with no time window: named with it
// in a report or tied to it (its PAIR relationships), or affiliated. For path search.
UNWIND $ids AS id
MATCH (u:Entity {id: id})
CALL (u) {
  MATCH (u)-[:PAIR]-(v:Entity)
  RETURN v
  UNION
  MATCH (u)-[:AFFILIATED_WITH]-(v:Entity)
  WHERE v <> u
  RETURN v
}
RETURN u.id AS a, collect([v.id, v.kind]) AS neighbours
