// Test and benchmark helper: relationships first, a batch at a time, so no single
// transaction has to detach a hub node's hundreds of thousands of relationships.
MATCH ()-[r]->() WITH r LIMIT toInteger($batchSize)
DELETE r
RETURN count(*) AS deleted
