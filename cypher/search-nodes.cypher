// $query is built from escaped terms only (see search.ts); $limit bounds the index scan.
CALL db.index.fulltext.queryNodes('node_names', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN node.id AS id, node.kind AS kind, node.mergedInto AS mergedInto, score
