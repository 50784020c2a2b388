UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE NOT EXISTS { (c)<-[:ASSERTS]-(:Report) }
DETACH DELETE c
