// Drop up to $limit PAIR relationships, for a rebuild of the per-pair totals.
MATCH ()-[p:PAIR]->()
WITH p LIMIT toInteger($limit)
DELETE p
RETURN count(*) AS deleted
