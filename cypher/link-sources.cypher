UNWIND $links AS row
MATCH (r:Report {id: row.reportId})
MATCH (s:Source {id: row.sourceId})
MERGE (r)-[x:PUBLISHED_BY]->(s)
SET x.name = row.name
