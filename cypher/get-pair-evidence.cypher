// The evidence left for each pair {a, b}: reports naming both ([id, date]) and TIE
// sentences between them ([reportId, date, polarity]), to recompute its PAIR totals.
UNWIND $pairs AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
RETURN a.id AS a, b.id AS b,
  COLLECT { MATCH (a)<-[m:MENTIONS]-(r:Report)-[:MENTIONS]->(b) RETURN DISTINCT [r.id, toString(m.date)] } AS reports,
  COLLECT { MATCH (a)-[t:TIE]-(b) RETURN [t.reportId, toString(t.date), t.polarity] } AS ties
