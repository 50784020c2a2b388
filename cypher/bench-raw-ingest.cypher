// Benchmark baseline only (bench/store-neo4j.bench.ts): every row of a batch of reports,
// the same row lists and properties the adapter writes (report-rows.ts), in one
// hand-written statement, with no hash check, retraction, per-pair totals, name election,
// provenance refresh or orphan clean-up. Nodes first, then relationships.
CALL () {
  UNWIND $rows.entities AS row
  MERGE (n:Entity {id: row.id})
    ON CREATE SET n.kind = row.kind, n.name = row.name, n.aliases = [], n.aliasesText = '', n.manualAliases = []
  FOREACH (_ IN CASE WHEN row.kind = 'Person' THEN [1] ELSE [] END | SET n:Person)
  FOREACH (_ IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
  FOREACH (_ IN CASE WHEN row.kind = 'Country' THEN [1] ELSE [] END | SET n:Country)
  FOREACH (_ IN CASE WHEN row.kind = 'Location' THEN [1] ELSE [] END | SET n:Location)
}
CALL () {
  UNWIND $rows.reports AS row
  MERGE (r:Report {id: row.id})
    ON CREATE SET r.seq = row.seq
  SET r.kind = 'Report', r.title = row.title, r.name = row.title, r.source = row.source,
      r.publishedOn = date(row.publishedOn), r.confidence = row.confidence, r.format = row.format,
      r.bluf = row.bluf, r.contentHash = row.contentHash
}
CALL () {
  UNWIND $rows.sources AS row
  MERGE (s:Source {id: row.id}) ON CREATE SET s.kind = 'Source', s.name = row.name
}
CALL () {
  UNWIND $rows.themes AS row
  MERGE (t:Theme {id: row.id}) ON CREATE SET t.kind = 'Theme', t.name = row.name
}
CALL () {
  UNWIND $rows.events AS row
  MERGE (e:Event {id: row.id})
    ON CREATE SET e.kind = 'Event', e.eventKind = row.kind, e.date = date(row.date), e.polarity = row.polarity,
      e.summary = row.summary, e.name = row.summary
}
CALL () {
  UNWIND $rows.claims AS row
  MERGE (c:Claim {id: row.id})
    ON CREATE SET c.kind = 'Claim', c.claimKind = row.kind, c.text = row.text, c.name = row.text,
      c.rank = toInteger(row.rank), c.supported = row.supported
}
CALL () {
  UNWIND $rows.mentions AS row
  MATCH (r:Report {id: row.reportId})
  MATCH (n:Entity {id: row.entityId})
  MERGE (r)-[m:MENTIONS]->(n)
  SET m.count = toInteger(row.count), m.firstOffset = toInteger(row.firstOffset), m.sections = row.sections,
      m.date = date(row.date), m.name = row.name, m.aliases = row.aliases
}
CALL () {
  UNWIND $rows.sourceLinks AS row
  MATCH (r:Report {id: row.reportId})
  MATCH (s:Source {id: row.sourceId})
  MERGE (r)-[x:PUBLISHED_BY]->(s) SET x.name = row.name
}
CALL () {
  UNWIND $rows.themeLinks AS row
  MATCH (r:Report {id: row.reportId})
  MATCH (t:Theme {id: row.themeId})
  MERGE (r)-[x:TAGGED]->(t) SET x.name = row.name
}
CALL () {
  UNWIND $rows.eventLinks AS row
  MATCH (r:Report {id: row.reportId})
  MATCH (e:Event {id: row.eventId})
  MERGE (r)-[x:REPORTS]->(e)
  SET x.date = date(row.date), x.kind = row.kind, x.polarity = row.polarity, x.summary = row.summary,
      x.sentence = row.sentence, x.start = toInteger(row.start), x.end = toInteger(row.end)
}
CALL () {
  UNWIND $rows.involvements AS row
  MATCH (e:Event {id: row.eventId})
  MATCH (n:Entity {id: row.entityId})
  MERGE (e)-[i:INVOLVES {reportId: row.reportId}]->(n)
  SET i.role = row.role, i.date = date(row.date)
}
CALL () {
  UNWIND $rows.ties AS row
  MATCH (a:Entity {id: row.a})
  MATCH (b:Entity {id: row.b})
  CREATE (a)-[:TIE {reportId: row.reportId, date: date(row.date), observed: row.observed, kind: row.kind,
    polarity: row.polarity, confidence: row.confidence, sentence: row.sentence,
    start: toInteger(row.start), end: toInteger(row.end)}]->(b)
}
CALL () {
  UNWIND $rows.affiliations AS row
  MATCH (p:Entity {id: row.person})
  MATCH (o:Entity {id: row.org})
  CREATE (p)-[:AFFILIATED_WITH {reportId: row.reportId, role: row.role}]->(o)
}
CALL () {
  UNWIND $rows.claimLinks AS row
  MATCH (r:Report {id: row.reportId})
  MATCH (c:Claim {id: row.claimId})
  MERGE (r)-[x:ASSERTS]->(c)
  SET x.kind = row.kind, x.text = row.text, x.rank = toInteger(row.rank), x.supported = row.supported
  WITH c, row
  UNWIND row.entityIds AS entityId
  MATCH (n:Entity {id: entityId})
  MERGE (c)-[:CONCERNS {reportId: row.reportId}]->(n)
}
RETURN 1 AS written
