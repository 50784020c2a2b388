// Labels cannot be parameters: every entity is merged on the base :Entity label and its
// kind label is set by a fixed FOREACH per ontology kind (row.kind is checked against the
// ontology before it gets here, and never spliced into the text).
UNWIND $entities AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.kind = row.kind, n.name = row.name, n.aliases = [], n.aliasesText = '', n.manualAliases = []
FOREACH (_ IN CASE WHEN row.kind = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.kind = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE WHEN row.kind = 'Location' THEN [1] ELSE [] END | SET n:Location)
