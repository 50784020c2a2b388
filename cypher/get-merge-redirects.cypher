MATCH (n:Entity) WHERE n.mergedInto IS NOT NULL
RETURN n.id AS id, n.mergedInto AS mergedInto
