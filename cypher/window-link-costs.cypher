// What finding the windowed evidence among a set of entities would read each way
// (window-evidence.ts weighs them, for mentions and ties apart): from the members, every
// TIE and MENTIONS they have (degrees, kept by Neo4j per node); from the window, its share
// of all TIE and MENTIONS relationships, estimated from the share of reports published in
// it (counts from the count store and the report_published_on index).
CALL () {
  MATCH (r:Report) WHERE r.publishedOn >= date($from) AND r.publishedOn <= date($to)
  RETURN count(r) AS inWindow
}
CALL () { MATCH (r:Report) RETURN count(r) AS reports }
CALL () { MATCH ()-[t:TIE]->() RETURN count(t) AS ties }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN inWindow, reports, ties, mentions, sum(COUNT { (a)-[:TIE]-() }) AS tieDegrees,
  sum(COUNT { (a)<-[:MENTIONS]-() }) AS mentionDegrees
