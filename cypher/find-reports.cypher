MATCH (r:Report)
WHERE ($from IS NULL OR r.publishedOn >= date($from)) AND ($to IS NULL OR r.publishedOn <= date($to))
  AND ($entityIds IS NULL OR EXISTS { MATCH (r)-[:MENTIONS]->(n:Entity) WHERE n.id IN $entityIds })
  AND ($withEntityIds IS NULL OR EXISTS { MATCH (r)-[:MENTIONS]->(n:Entity) WHERE n.id IN $withEntityIds })
  AND ($sourceId IS NULL OR EXISTS { MATCH (r)-[:PUBLISHED_BY]->(:Source {id: $sourceId}) })
  AND ($theme IS NULL OR EXISTS { MATCH (r)-[x:TAGGED]->(t:Theme) WHERE toLower(t.id) = $theme OR toLower(x.name) = $theme })
RETURN r.id AS id, r.title AS title, r.source AS source, r.publishedOn AS publishedOn,
  r.confidence AS confidence, r.format AS format
ORDER BY publishedOn DESC, id ASC
