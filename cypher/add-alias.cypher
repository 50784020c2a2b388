MATCH (n:Entity {id: $id})
SET n.manualAliases = CASE WHEN $alias IN coalesce(n.manualAliases, []) THEN n.manualAliases
                           ELSE coalesce(n.manualAliases, []) + $alias END
RETURN n.id AS id
