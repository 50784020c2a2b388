UNWIND $ids AS id
MATCH (s:Source {id: id})
WHERE NOT EXISTS { (s)<-[:PUBLISHED_BY]-(:Report) }
DETACH DELETE s
