MATCH (m:Merge {id: $id})
OPTIONAL MATCH (s:Entity {id: m.sourceId})
FOREACH (_ IN CASE WHEN s IS NOT NULL AND s.mergedInto = m.targetId THEN [1] ELSE [] END | REMOVE s.mergedInto)
SET m.undone = true, m.undoneBy = $by, m.undoneAt = $at
RETURN m
