// A page of entity ids in id order, after $after (null for the first page).
MATCH (n:Entity)
WHERE $after IS NULL OR n.id > $after
RETURN n.id AS id
ORDER BY id
LIMIT toInteger($limit)
