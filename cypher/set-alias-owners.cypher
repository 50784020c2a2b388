UNWIND $rows AS row
MERGE (a:EntityAlias {key: row.key})
  ON CREATE SET a.entityId = row.id
RETURN count(*) AS keyed
