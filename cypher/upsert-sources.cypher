UNWIND $sources AS row
MERGE (s:Source {id: row.id})
  ON CREATE SET s.kind = 'Source', s.name = row.name
