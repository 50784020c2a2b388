// Retract the edges a report supports: its own links and every edge carrying its reportId.
UNWIND $ids AS id
MATCH (r:Report {id: id})
CALL (r) {
  MATCH (r)-[x:MENTIONS|TAGGED|PUBLISHED_BY|REPORTS|ASSERTS]->()
  DELETE x
}
CALL (id) {
  MATCH ()-[t:TIE {reportId: id}]->()
  DELETE t
}
CALL (id) {
  MATCH ()-[i:INVOLVES {reportId: id}]->()
  DELETE i
}
CALL (id) {
  MATCH ()-[a:AFFILIATED_WITH {reportId: id}]->()
  DELETE a
}
CALL (id) {
  MATCH ()-[c:CONCERNS {reportId: id}]->()
  DELETE c
}
RETURN count(r) AS retracted
