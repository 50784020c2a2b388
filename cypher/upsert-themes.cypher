UNWIND $themes AS row
MERGE (t:Theme {id: row.id})
  ON CREATE SET t.kind = 'Theme', t.name = row.name
