MATCH (s:Entity {id: $sourceId})
MATCH (t:Entity {id: $targetId})
SET s.mergedInto = t.id
CREATE (m:Merge {id: $id, targetId: t.id, sourceId: s.id, by: $by, at: $at, reason: $reason, undone: false})
RETURN m
