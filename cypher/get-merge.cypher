MATCH (m:Merge {id: $id})
RETURN m
