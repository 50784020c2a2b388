// Key analysts' aliases (kind + folded name → entity id and the alias's own words) for a
// database written before EntityAlias existed: see alias-owners.ts keyManualAliases.
UNWIND $rows AS row
MERGE (a:EntityAlias {key: row.key})
  ON CREATE SET a.entityId = row.id, a.alias = row.alias
  // keyed before EntityAlias kept the alias's own words
  ON MATCH SET a.alias = CASE WHEN a.alias IS NULL AND a.entityId = row.id THEN row.alias ELSE a.alias END
RETURN count(*) AS keyed
