// A page of report ids in id order, after $after (null for the first page).
MATCH (r:Report)
WHERE $after IS NULL OR r.id > $after
RETURN r.id AS id
ORDER BY id
LIMIT toInteger($limit)
