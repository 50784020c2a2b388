UNWIND $ids AS id
MATCH (t:Theme {id: id})
WHERE NOT EXISTS { (t)<-[:TAGGED]-(:Report) }
DETACH DELETE t
