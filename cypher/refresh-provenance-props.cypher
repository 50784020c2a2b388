// Events, themes, sources and claims take their properties from the earliest report
// (first-ingest order, Report.seq) that still tells of them, and remember that report's seq
// (provenanceSeq). With $since set (the lowest seq among the reports a batch just linked),
// a node whose provenance is older than every such report keeps its properties without
// its reports being read again: a theme named by thousands of reports costs nothing per
// batch. $since null (after a retraction) re-elects unconditionally.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Event {id: id})
  WHERE $since IS NULL OR e.provenanceSeq IS NULL OR e.provenanceSeq > $since
  CALL (e) { MATCH (r:Report)-[x:REPORTS]->(e) RETURN x, r.seq AS seq ORDER BY r.seq ASC LIMIT 1 }
  SET e.eventKind = x.kind, e.date = x.date, e.polarity = x.polarity, e.summary = x.summary, e.name = x.summary,
    e.provenanceSeq = seq
  RETURN count(*) AS n
  UNION ALL
  MATCH (t:Theme {id: id})
  WHERE $since IS NULL OR t.provenanceSeq IS NULL OR t.provenanceSeq > $since
  CALL (t) { MATCH (r:Report)-[x:TAGGED]->(t) RETURN x, r.seq AS seq ORDER BY r.seq ASC LIMIT 1 }
  SET t.name = x.name, t.provenanceSeq = seq
  RETURN count(*) AS n
  UNION ALL
  MATCH (s:Source {id: id})
  WHERE $since IS NULL OR s.provenanceSeq IS NULL OR s.provenanceSeq > $since
  CALL (s) { MATCH (r:Report)-[x:PUBLISHED_BY]->(s) RETURN x, r.seq AS seq ORDER BY r.seq ASC LIMIT 1 }
  SET s.name = x.name, s.provenanceSeq = seq
  RETURN count(*) AS n
  UNION ALL
  MATCH (c:Claim {id: id})
  WHERE $since IS NULL OR c.provenanceSeq IS NULL OR c.provenanceSeq > $since
  CALL (c) { MATCH (r:Report)-[x:ASSERTS]->(c) RETURN x, r.seq AS seq ORDER BY r.seq ASC LIMIT 1 }
  SET c.claimKind = x.kind, c.text = x.text, c.name = x.text, c.rank = x.rank, c.supported = x.supported,
    c.provenanceSeq = seq
  RETURN count(*) AS n
}
RETURN sum(n) AS refreshed
