// Test and benchmark helper: wipes the database a batch at a time.
MATCH (n) WITH n LIMIT toInteger($batchSize)
DETACH DELETE n
RETURN count(*) AS deleted
