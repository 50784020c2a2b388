// The entities each report mentions (one hop, bounded by the report's size).
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS reportId, [(r)-[:MENTIONS]->(n:Entity) | [n.id, n.kind]] AS entities
