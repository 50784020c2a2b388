// Every AFFILIATED_WITH edge touching the entities $ids, once each (the caller passes raw
// ids, every member of a merge group, and resolves both ends): the person, the
// organization or country, the role and the report that states it.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[f:AFFILIATED_WITH]-(:Entity)
WITH DISTINCT f
RETURN startNode(f).id AS person, endNode(f).id AS organization, f.role AS role, f.reportId AS reportId
