UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE NOT EXISTS { (e)<-[:REPORTS]-(:Report) }
DETACH DELETE e
