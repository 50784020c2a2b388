UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.aliasesText = row.aliasesText, n.manualAliases = row.manualAliases
