UNWIND $links AS row
MATCH (e:Event {id: row.eventId})
MATCH (n:Entity {id: row.entityId})
MERGE (e)-[i:INVOLVES {reportId: row.reportId}]->(n)
SET i.role = row.role, i.date = date(row.date)
