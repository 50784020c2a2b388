// Label-scoped look-ups (never a label-less scan): one branch per ontology label. Entities
// come with their mention count (distinct reports: one MENTIONS per report and entity);
// only those in $withMentions (merge members) also bring what every report called them,
// so merged entities can be combined. Other entities show the name and aliases elected at
// write time.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION MATCH (n:Report {id: id}) RETURN n
  UNION MATCH (n:Event {id: id}) RETURN n
  UNION MATCH (n:Theme {id: id}) RETURN n
  UNION MATCH (n:Source {id: id}) RETURN n
  UNION MATCH (n:Claim {id: id}) RETURN n
}
RETURN n.id AS id, n AS node,
  COUNT { (n)<-[:MENTIONS]-() } AS mentionCount,
  CASE WHEN id IN $withMentions
    THEN [(r:Report)-[m:MENTIONS]->(n) | {seq: r.seq, reportId: r.id, name: m.name, aliases: m.aliases}]
    ELSE [] END AS mentions,
  [(r:Report)-[:REPORTS|TAGGED|PUBLISHED_BY|ASSERTS]->(n) | r.id] AS toldBy
