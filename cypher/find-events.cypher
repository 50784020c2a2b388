MATCH (e:Event)
WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  AND ($kind IS NULL OR e.eventKind = $kind)
  AND ($actorIds IS NULL OR EXISTS { MATCH (e)-[:INVOLVES]->(n:Entity) WHERE n.id IN $actorIds })
RETURN e.id AS id, e.date AS date, e.eventKind AS kind, e.polarity AS polarity, e.summary AS summary,
  [(e)-[:INVOLVES]->(n:Entity) | n.id] AS actorIds,
  [(r:Report)-[:REPORTS]->(e) | r.id] AS reportIds
ORDER BY date DESC, id ASC
