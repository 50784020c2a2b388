UNWIND $links AS row
MATCH (r:Report {id: row.reportId})
MATCH (t:Theme {id: row.themeId})
MERGE (r)-[x:TAGGED]->(t)
SET x.name = row.name
