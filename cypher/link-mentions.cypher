UNWIND $mentions AS row
MATCH (r:Report {id: row.reportId})
MATCH (n:Entity {id: row.entityId})
MERGE (r)-[m:MENTIONS]->(n)
SET m.count = toInteger(row.count), m.firstOffset = toInteger(row.firstOffset), m.sections = row.sections,
    m.date = date(row.date), m.name = row.name, m.aliases = row.aliases
