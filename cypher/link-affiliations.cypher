// One edge per stated affiliation (the report's old ones were deleted first).
UNWIND $links AS row
MATCH (p:Entity {id: row.person})
MATCH (o:Entity {id: row.org})
CREATE (p)-[:AFFILIATED_WITH {reportId: row.reportId, role: row.role}]->(o)
