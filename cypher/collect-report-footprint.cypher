// Everything a report's evidence touches, so orphans can be found after it is retracted.
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS reportId,
  [(r)-[:MENTIONS]->(n:Entity) | n.id] AS entityIds,
  [(r)-[:REPORTS]->(e:Event) | e.id] AS eventIds,
  [(r)-[:TAGGED]->(t:Theme) | t.id] AS themeIds,
  [(r)-[:PUBLISHED_BY]->(s:Source) | s.id] AS sourceIds,
  [(r)-[:ASSERTS]->(c:Claim) | c.id] AS claimIds
