// Benchmark baseline only (bench/store.bench.ts): the same rows in one hand-written UNWIND
// per batch, with no hash check, retraction, name election or orphan clean-up.
UNWIND $reports AS rep
MERGE (r:Report {id: rep.id})
SET r.title = rep.title, r.publishedOn = date(rep.publishedOn), r.contentHash = rep.contentHash
WITH r, rep
CALL (r, rep) {
  UNWIND rep.entities AS e
  MERGE (n:Entity {id: e.id}) ON CREATE SET n.kind = e.kind, n.name = e.name
  MERGE (r)-[m:MENTIONS]->(n)
  SET m.count = toInteger(e.count), m.date = date(rep.publishedOn), m.name = e.name, m.aliases = e.aliases
}
CALL (r, rep) {
  UNWIND rep.themes AS th
  MERGE (t:Theme {id: th.id}) ON CREATE SET t.name = th.name
  MERGE (r)-[:TAGGED]->(t)
}
CALL (r, rep) {
  UNWIND rep.events AS ev
  MERGE (e:Event {id: ev.id}) ON CREATE SET e.date = date(ev.date), e.summary = ev.summary
  MERGE (r)-[:REPORTS]->(e)
  WITH e, ev
  UNWIND ev.actors AS actor
  MATCH (n:Entity {id: actor})
  MERGE (e)-[i:INVOLVES {reportId: rep.id}]->(n)
}
CALL (rep) {
  UNWIND rep.ties AS t
  MATCH (a:Entity {id: t.a})
  MATCH (b:Entity {id: t.b})
  CREATE (a)-[:TIE {reportId: rep.id, date: date(t.date), kind: t.kind, polarity: t.polarity, sentence: t.sentence,
    start: toInteger(t.start), end: toInteger(t.end)}]->(b)
}
RETURN count(*) AS written
