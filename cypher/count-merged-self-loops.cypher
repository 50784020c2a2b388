// Ties and affiliations between entities a merge folded into one node are self-loops the
// merged view drops; stats subtract them. $groups: the raw ids of each merged group.
UNWIND $groups AS grp
MATCH (a:Entity)-[r:TIE|AFFILIATED_WITH]->(b:Entity)
WHERE a.id IN grp AND b.id IN grp
RETURN type(r) AS type, count(*) AS count
