// The entities each report names (raw ids: the caller resolves merges); an id that is no
// report has none.
UNWIND $ids AS id
OPTIONAL MATCH (r:Report {id: id})
RETURN id, COLLECT { MATCH (r)-[:MENTIONS]->(e:Entity) RETURN e.id } AS entityIds
