// What each report in $ids says about entity pairs: the entities it names and its TIE
// sentences, so its contribution to PAIR totals can be taken off (pair-aggregates.ts).
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS reportId, toString(r.publishedOn) AS date,
  [(r)-[:MENTIONS]->(n:Entity) | n.id] AS entityIds,
  COLLECT { MATCH (a:Entity)-[t:TIE {reportId: id}]->(b:Entity) RETURN {a: a.id, b: b.id, date: toString(t.date), polarity: t.polarity} } AS ties
