// What the reports called each entity, summed per name here (a hub is named by thousands of
// reports; the election needs only the tallies): per name the number of reports and the
// first-ingest order (seq) of the earliest, plus every surface form, to elect its display
// name and aliases (entity-names.ts).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.manualAliases AS manualAliases,
  COLLECT {
    MATCH (r:Report)-[m:MENTIONS]->(n)
    WITH m.name AS name, count(*) AS reports, min(r.seq) AS firstSeq
    RETURN {name: name, reports: reports, firstSeq: firstSeq}
  } AS names,
  COLLECT { MATCH (:Report)-[m:MENTIONS]->(n) UNWIND m.aliases AS form RETURN DISTINCT form } AS surfaceForms
