// Label-scoped look-ups (never a label-less scan): one branch per ontology label. Each
// node comes with what every report said about it, so merged entities can be combined.
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
  [(r:Report)-[m:MENTIONS]->(n) | {seq: r.seq, reportId: r.id, name: m.name, aliases: m.aliases}] AS mentions,
  [(r:Report)-[:REPORTS|TAGGED|PUBLISHED_BY|ASSERTS]->(n) | r.id] AS toldBy
