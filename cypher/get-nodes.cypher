// Label-scoped look-ups (never a label-less scan): entities first (most look-ups), then,
// only for ids no entity has, one branch per other ontology label. Entities come with
// their mention count (distinct reports: one MENTIONS per report and entity); only those
// in $withMentions (merge members) also bring what every report called them, so merged
// entities can be combined. Other entities show the name and aliases elected at write time.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL CALL (id, e) {
  WITH id WHERE e IS NULL
  CALL (id) {
    MATCH (n:Report {id: id}) RETURN n
    UNION MATCH (n:Event {id: id}) RETURN n
    UNION MATCH (n:Theme {id: id}) RETURN n
    UNION MATCH (n:Source {id: id}) RETURN n
    UNION MATCH (n:Claim {id: id}) RETURN n
  }
  RETURN n AS other
}
WITH id, e, coalesce(e, other) AS n
WHERE n IS NOT NULL
RETURN n.id AS id, n AS node,
  COUNT { (n)<-[:MENTIONS]-() } AS mentionCount,
  CASE WHEN id IN $withMentions
    THEN [(r:Report)-[m:MENTIONS]->(n) | {seq: r.seq, reportId: r.id, name: m.name, aliases: m.aliases}]
    ELSE [] END AS mentions,
  CASE WHEN e IS NULL THEN [(r:Report)-[:REPORTS|TAGGED|PUBLISHED_BY|ASSERTS]->(n) | r.id] ELSE [] END AS toldBy
