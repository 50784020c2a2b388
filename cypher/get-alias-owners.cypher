// Which of these alias keys (kind + folded name) an analyst gave an entity, and to which.
UNWIND $keys AS key
MATCH (a:EntityAlias {key: key})
RETURN key, a.entityId AS id
