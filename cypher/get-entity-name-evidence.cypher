// The names and aliases each report used for an entity (with first-ingest order), to elect its display name.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.manualAliases AS manualAliases,
  [(r:Report)-[m:MENTIONS]->(n) | {seq: r.seq, reportId: r.id, name: m.name, aliases: m.aliases}] AS mentions
