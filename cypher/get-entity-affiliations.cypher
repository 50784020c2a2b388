// Affiliations (no window) of each entity in $ids to entity neighbours (only those in
// $others when given): [neighbour id, kind, reportId, person id] per edge.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN a.id AS a,
  [(a)-[f:AFFILIATED_WITH]-(b:Entity)
     WHERE b <> a AND ($others IS NULL OR b.id IN $others)
     | [b.id, b.kind, f.reportId, startNode(f).id]] AS affiliations
