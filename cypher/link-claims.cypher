UNWIND $links AS row
MATCH (r:Report {id: row.reportId})
MATCH (c:Claim {id: row.claimId})
MERGE (r)-[x:ASSERTS]->(c)
SET x.kind = row.kind, x.text = row.text, x.rank = toInteger(row.rank), x.supported = row.supported
WITH c, row
UNWIND row.entityIds AS entityId
MATCH (n:Entity {id: entityId})
MERGE (c)-[y:CONCERNS {reportId: row.reportId}]->(n)
