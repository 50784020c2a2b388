UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS id, r.contentHash AS contentHash, r.seq AS seq
