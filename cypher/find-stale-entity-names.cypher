// Of the entities a batch of new reports mentions, those whose display name or aliases may
// change: a name other than the stored one, or a surface form not yet among its aliases.
// The others keep theirs (their elected name only gained mentions, which cannot unseat it).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.name IS NULL OR n.aliases IS NULL
  OR any(x IN row.names WHERE x <> n.name)
  OR any(a IN row.aliases WHERE a <> n.name AND NOT a IN n.aliases)
RETURN n.id AS id
