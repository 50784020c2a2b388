// Entities folded into another by a merge answer as that one, so they are not counted.
MATCH (n) WHERE n.kind IS NOT NULL AND n.mergedInto IS NULL AND NOT n:Merge
RETURN n.kind AS kind, count(*) AS count
