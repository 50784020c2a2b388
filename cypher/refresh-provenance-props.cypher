// Events, themes, sources and claims take their properties from the earliest report
// (first-ingest order) that still tells of them.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Event {id: id})
  CALL (e) { MATCH (r:Report)-[x:REPORTS]->(e) RETURN x ORDER BY r.seq ASC LIMIT 1 }
  SET e.eventKind = x.kind, e.date = x.date, e.polarity = x.polarity, e.summary = x.summary, e.name = x.summary
  RETURN count(*) AS n
  UNION ALL
  MATCH (t:Theme {id: id})
  CALL (t) { MATCH (r:Report)-[x:TAGGED]->(t) RETURN x ORDER BY r.seq ASC LIMIT 1 }
  SET t.name = x.name
  RETURN count(*) AS n
  UNION ALL
  MATCH (s:Source {id: id})
  CALL (s) { MATCH (r:Report)-[x:PUBLISHED_BY]->(s) RETURN x ORDER BY r.seq ASC LIMIT 1 }
  SET s.name = x.name
  RETURN count(*) AS n
  UNION ALL
  MATCH (c:Claim {id: id})
  CALL (c) { MATCH (r:Report)-[x:ASSERTS]->(c) RETURN x ORDER BY r.seq ASC LIMIT 1 }
  SET c.claimKind = x.kind, c.text = x.text, c.name = x.text, c.rank = x.rank, c.supported = x.supported
  RETURN count(*) AS n
}
RETURN sum(n) AS refreshed
