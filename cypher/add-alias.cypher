// An analyst's name for an entity: kept on the entity (shown and searched), and as an
// EntityAlias (kind + folded name, server/store/shared/apply-aliases.ts) that later
// reports naming an entity of that kind so are resolved through.
MATCH (n:Entity {id: $id})
SET n.manualAliases = CASE WHEN $alias IN coalesce(n.manualAliases, []) THEN n.manualAliases
                           ELSE coalesce(n.manualAliases, []) + $alias END
MERGE (a:EntityAlias {key: $key})
SET a.entityId = n.id, a.alias = $alias
RETURN n.id AS id
