// Labels cannot be parameters: every entity is merged on the base :Entity label and its
// kind label is set by a fixed FOREACH per ontology kind (row.kind is checked against the
// ontology before it gets here, and never spliced into the text).
UNWIND $entities AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.kind = row.kind, n.name = row.name, n.aliases = [], n.aliasesText = ''
FOREACH (_ IN CASE WHEN row.kind = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN row.kind = 'Location' THEN [1] ELSE [] END | SET n:Location)
// A new node (no manualAliases yet) takes back the aliases an analyst gave this id before
// its last report was deleted (EntityAlias outlives the entity), searchable as the name
// election would make them (set-entity-names joins aliases so). MERGE's ON CREATE cannot
// hold the subquery.
WITH n, row WHERE n.manualAliases IS NULL
WITH n, COLLECT { MATCH (a:EntityAlias {entityId: row.id}) WHERE a.alias IS NOT NULL RETURN a.alias ORDER BY a.alias } AS restored
SET n.manualAliases = restored,
  n.aliasesText = reduce(text = '', a IN restored | CASE text WHEN '' THEN a ELSE text + ' | ' + a END)
