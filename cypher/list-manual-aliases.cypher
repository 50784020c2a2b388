// Every entity's analyst-given aliases, to key them as EntityAlias nodes (databases written
// before aliases resolved ingest had only the entity property).
MATCH (n:Entity) WHERE size(coalesce(n.manualAliases, [])) > 0
RETURN n.id AS id, n.kind AS kind, n.manualAliases AS aliases
