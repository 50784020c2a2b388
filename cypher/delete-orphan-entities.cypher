// An entity with no remaining evidence disappears, unless another entity is merged into it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (n)<-[:MENTIONS|INVOLVES|CONCERNS]-() }
  AND NOT EXISTS { (n)-[:TIE|AFFILIATED_WITH]-() }
  AND NOT EXISTS { MATCH (s:Entity) WHERE s.mergedInto = n.id }
DETACH DELETE n
