// Events that involve both sides of a pair (each side: an entity and those merged into it), dated in the window.
MATCH (a:Entity)<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(b:Entity)
WHERE a.id IN $as AND b.id IN $bs
  AND ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
RETURN DISTINCT e.id AS id, e.date AS date
