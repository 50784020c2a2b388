UNWIND $ids AS id
MATCH (r:Report {id: id})
DETACH DELETE r
RETURN count(*) AS deleted
